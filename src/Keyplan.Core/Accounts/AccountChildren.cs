using Keyplan.Core.Data;
using Keyplan.Core.Identity;
using Microsoft.EntityFrameworkCore;

namespace Keyplan.Core.Accounts;

/// <summary>The steps every change to an account's contacts and revenue rows starts with.</summary>
internal static class AccountChildren
{
    /// <summary>
    /// The tracked record, if its account is visible (else NotFound) and editable (else Forbidden) for the user, the
    /// record belongs to that account (else NotFound) and, when a version is expected, is still at it (else Stale).
    /// </summary>
    public static async Task<Result<T>> FindForChangeAsync<T>(
        KeyplanDbContext db, int accountId, int id, int? expectedVersion, CurrentUser user, CancellationToken cancellationToken)
        where T : class, IAccountChild
    {
        var account = await AccountRules.EditableAccountAsync(db, accountId, user, cancellationToken);
        if (account.Failure is { } failure)
        {
            return failure;
        }

        var record = await db.Set<T>().FirstOrDefaultAsync(r => r.Id == id && r.AccountId == accountId, cancellationToken);
        if (record is null)
        {
            return new Failure.NotFound();
        }

        if (expectedVersion is { } version && version != record.Version)
        {
            return new Failure.Stale(record.Version);
        }

        return record;
    }
}
