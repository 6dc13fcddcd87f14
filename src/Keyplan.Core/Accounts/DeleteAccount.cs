using Keyplan.Core.Data;
using Keyplan.Core.Identity;
using Microsoft.EntityFrameworkCore;

namespace Keyplan.Core.Accounts;

public sealed class DeleteAccountHandler(KeyplanDbContext db)
{
    /// <param name="expectedVersion">When given, the delete is refused if the account changed since.</param>
    public async Task<Result<Done>> HandleAsync(int id, int? expectedVersion, CurrentUser user, CancellationToken cancellationToken)
    {
        var account = await db.Accounts.VisibleTo(user).FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (account is null)
        {
            return new Failure.NotFound();
        }

        if (!AccountAccess.CanDelete(user, account))
        {
            return new Failure.Forbidden();
        }

        if (expectedVersion is { } version && version != account.Version)
        {
            return new Failure.Stale(account.Version);
        }

        db.Accounts.Remove(account);
        if (await ConcurrentSave.TrySaveAsync(db, cancellationToken) is { } stale)
        {
            return stale;
        }

        return new Done();
    }
}
