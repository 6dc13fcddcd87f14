using Keyplan.Core.Data;
using Keyplan.Core.Identity;

namespace Keyplan.Core.Accounts;

public sealed class CreateAccountHandler(KeyplanDbContext db, GetAccountHandler getAccount, TimeProvider clock)
{
    public async Task<Result<AccountDetails>> HandleAsync(AccountInput input, CurrentUser user, CancellationToken cancellationToken)
    {
        if (!AccountAccess.CanCreate(user))
        {
            return new Failure.Forbidden();
        }

        // A KAM who is neither administrator nor business area manager creates accounts they own.
        if (!user.IsInRole(Roles.Administrator) && !user.IsInRole(Roles.BusinessAreaManager))
        {
            input.KeyAccountManagerId = user.Id;
        }

        if (await AccountRules.ValidateAsync(db, input, user, accountId: null, cancellationToken) is { } invalid)
        {
            return invalid;
        }

        var now = clock.GetUtcNow();
        var account = new Account { Name = input.Name!, CreatedAt = now, UpdatedAt = now };
        AccountRules.Apply(input, account);
        db.Accounts.Add(account);
        await db.SaveChangesAsync(cancellationToken);
        return await getAccount.HandleAsync(account.Id, user, cancellationToken);
    }
}
