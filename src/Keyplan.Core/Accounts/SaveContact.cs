using Keyplan.Core.Data;
using Keyplan.Core.Identity;
using Microsoft.EntityFrameworkCore;

namespace Keyplan.Core.Accounts;

public sealed class CreateContactHandler(KeyplanDbContext db, GetContactHandler getContact)
{
    public async Task<Result<ContactDetails>> HandleAsync(int accountId, ContactInput input, CurrentUser user, CancellationToken cancellationToken)
    {
        var account = await AccountRules.EditableAccountAsync(db, accountId, user, cancellationToken);
        if (account.Failure is { } failure)
        {
            return failure;
        }

        if (await ContactRules.ValidateAsync(db, accountId, contactId: null, input, cancellationToken) is { } invalid)
        {
            return invalid;
        }

        var contact = new Contact { AccountId = accountId, FirstName = input.FirstName!, LastName = input.LastName! };
        ContactRules.Apply(input, contact);
        db.Contacts.Add(contact);
        await db.SaveChangesAsync(cancellationToken);
        return await getContact.HandleAsync(accountId, contact.Id, user, cancellationToken);
    }
}

public sealed class UpdateContactHandler(KeyplanDbContext db, GetContactHandler getContact)
{
    public async Task<Result<ContactDetails>> HandleAsync(
        int accountId, int contactId, int expectedVersion, ContactInput input, CurrentUser user, CancellationToken cancellationToken)
    {
        var found = await AccountChildren.FindForChangeAsync<Contact>(db, accountId, contactId, expectedVersion, user, cancellationToken);
        if (found.Failure is { } failure)
        {
            return failure;
        }

        var contact = found.Value!;
        if (await ContactRules.ValidateAsync(db, accountId, contactId, input, cancellationToken) is { } invalid)
        {
            return invalid;
        }

        ContactRules.Apply(input, contact);
        if (await ConcurrentSave.TrySaveAsync(db, cancellationToken) is { } stale)
        {
            return stale;
        }

        return await getContact.HandleAsync(accountId, contactId, user, cancellationToken);
    }
}

public sealed class DeleteContactHandler(KeyplanDbContext db)
{
    public async Task<Result<Done>> HandleAsync(
        int accountId, int contactId, int? expectedVersion, CurrentUser user, CancellationToken cancellationToken)
    {
        var found = await AccountChildren.FindForChangeAsync<Contact>(db, accountId, contactId, expectedVersion, user, cancellationToken);
        if (found.Failure is { } failure)
        {
            return failure;
        }

        var contact = found.Value!;

        // Direct reports move up to this contact's manager, so the org chart stays connected.
        foreach (var report in await db.Contacts.Where(c => c.ReportsToId == contactId).ToListAsync(cancellationToken))
        {
            report.ReportsToId = contact.ReportsToId;
        }

        db.Contacts.Remove(contact);
        if (await ConcurrentSave.TrySaveAsync(db, cancellationToken) is { } stale)
        {
            return stale;
        }

        return new Done();
    }
}
