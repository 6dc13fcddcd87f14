using Keyplan.Core.Data;
using Keyplan.Core.Identity;
using Microsoft.EntityFrameworkCore;

namespace Keyplan.Core.Accounts;

public sealed class ListContactsHandler(KeyplanDbContext db)
{
    public async Task<Result<IReadOnlyList<ContactDetails>>> HandleAsync(int accountId, CurrentUser user, CancellationToken cancellationToken)
    {
        if (!await db.Accounts.VisibleTo(user).AnyAsync(a => a.Id == accountId, cancellationToken))
        {
            return new Failure.NotFound();
        }

        var contacts = await ContactRules.Project(db.Contacts.AsNoTracking().Where(c => c.AccountId == accountId)
                .OrderBy(c => c.LastName).ThenBy(c => c.FirstName).ThenBy(c => c.Id))
            .ToListAsync(cancellationToken);
        return contacts;
    }
}

public sealed class GetContactHandler(KeyplanDbContext db)
{
    public async Task<Result<ContactDetails>> HandleAsync(int accountId, int contactId, CurrentUser user, CancellationToken cancellationToken)
    {
        var visibleAccounts = db.Accounts.VisibleTo(user).Select(a => a.Id);
        var contact = await ContactRules.Project(db.Contacts.AsNoTracking()
                .Where(c => c.Id == contactId && c.AccountId == accountId && visibleAccounts.Contains(c.AccountId)))
            .FirstOrDefaultAsync(cancellationToken);
        return contact is null ? new Failure.NotFound() : contact;
    }
}
