using Keyplan.Core.Data;
using Keyplan.Core.Identity;
using Microsoft.EntityFrameworkCore;

namespace Keyplan.Core.Accounts;

public sealed class UpdateAccountHandler(KeyplanDbContext db, GetAccountHandler getAccount, TimeProvider clock)
{
    /// <param name="expectedVersion">The version the user's copy was based on; another one means someone saved in between.</param>
    public async Task<Result<AccountDetails>> HandleAsync(
        int id, int expectedVersion, AccountInput input, CurrentUser user, CancellationToken cancellationToken)
    {
        var account = await db.Accounts.VisibleTo(user).Include(a => a.Team)
            .FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (account is null)
        {
            return new Failure.NotFound();
        }

        if (!AccountAccess.CanEdit(user, account))
        {
            return new Failure.Forbidden();
        }

        if (account.Version != expectedVersion)
        {
            return new Failure.Stale(account.Version);
        }

        if (!user.IsInRole(Roles.Administrator) && !user.IsInRole(Roles.BusinessAreaManager))
        {
            // A KAM cannot give their account away or move it out of sight; leadership assigns KAMs.
            input.KeyAccountManagerId = account.KeyAccountManagerId;
        }

        if (await AccountRules.ValidateAsync(db, input, user, id, cancellationToken) is { } invalid)
        {
            return invalid;
        }

        AccountRules.Apply(input, account);
        account.UpdatedAt = clock.GetUtcNow();
        if (await ConcurrentSave.TrySaveAsync(db, cancellationToken) is { } stale)
        {
            return stale;
        }

        return await getAccount.HandleAsync(id, user, cancellationToken);
    }
}
