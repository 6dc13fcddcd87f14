using Keyplan.Core.Data;
using Keyplan.Core.Identity;
using Keyplan.Core.Resources;
using Microsoft.EntityFrameworkCore;

namespace Keyplan.Core.Accounts;

/// <summary>Checks and projection shared by the contact use cases.</summary>
internal static class ContactRules
{
    public static async Task<Failure.Invalid?> ValidateAsync(
        KeyplanDbContext db, int accountId, int? contactId, ContactInput input, CancellationToken cancellationToken)
    {
        var errors = new ErrorCollector();
        errors.Merge(RequestValidation.Validate(input));
        if (input.ReportsToId is { } reportsToId)
        {
            var managers = await db.Contacts.Where(c => c.AccountId == accountId)
                .ToDictionaryAsync(c => c.Id, c => c.ReportsToId, cancellationToken);
            if (!managers.ContainsKey(reportsToId))
            {
                errors.Add(nameof(input.ReportsToId), ValidationText.UnknownReportsTo);
            }
            else if (contactId is { } id && ReportsToItself(managers, id, reportsToId))
            {
                errors.Add(nameof(input.ReportsToId), ValidationText.ReportsToCycle);
            }
        }

        return errors.ToFailure();
    }

    private static bool ReportsToItself(Dictionary<int, int?> managers, int contactId, int reportsToId)
    {
        int? current = reportsToId;
        var visited = new HashSet<int>();
        while (current is { } id && visited.Add(id))
        {
            if (id == contactId)
            {
                return true;
            }

            current = managers.GetValueOrDefault(id);
        }

        return false;
    }

    public static void Apply(ContactInput input, Contact contact)
    {
        contact.FirstName = input.FirstName!.Trim();
        contact.LastName = input.LastName!.Trim();
        contact.Title = AccountRules.Clean(input.Title);
        contact.Department = AccountRules.Clean(input.Department);
        contact.Email = AccountRules.Clean(input.Email);
        contact.Phone = AccountRules.Clean(input.Phone);
        contact.ReportsToId = input.ReportsToId;
        contact.SourceSystem = AccountRules.Clean(input.SourceSystem);
        contact.SourceRecordId = AccountRules.Clean(input.SourceRecordId);
    }

    public static IQueryable<ContactDetails> Project(IQueryable<Contact> contacts) =>
        contacts.Select(c => new ContactDetails(
            c.Id,
            c.AccountId,
            c.FirstName,
            c.LastName,
            c.FirstName + " " + c.LastName,
            c.Title,
            c.Department,
            c.Email,
            c.Phone,
            c.ReportsToId,
            c.ReportsTo == null ? null : c.ReportsTo.FirstName + " " + c.ReportsTo.LastName,
            c.SourceSystem,
            c.SourceRecordId,
            c.Version));
}
