using Keyplan.Core.Accounts;
using Keyplan.Core.Data;
using Keyplan.Core.Identity;
using Keyplan.Core.Resources;
using Microsoft.EntityFrameworkCore;

namespace Keyplan.Core.Selection;

public sealed class GetNominationsHandler(KeyplanDbContext db)
{
    public async Task<Result<NominationsDetails>> HandleAsync(int accountId, CurrentUser user, CancellationToken cancellationToken)
    {
        var account = await db.Accounts.VisibleTo(user).AsNoTracking().Include(a => a.KeyAccountManager)
            .FirstOrDefaultAsync(a => a.Id == accountId, cancellationToken);
        if (account is null)
        {
            return new Failure.NotFound();
        }

        var history = await db.AccountNominations.AsNoTracking().Where(n => n.AccountId == accountId).OrderByDescending(n => n.Id)
            .Select(n => new NominationEntry(n.Id, n.Nominated, n.Reason, n.Comment, n.KeyAccountManager!.DisplayName, n.DecidedBy!.DisplayName, n.DecidedAt))
            .ToListAsync(cancellationToken);
        return new NominationsDetails(account.Id, account.Name, account.IsKeyAccount, account.KeyAccountManagerId,
            account.KeyAccountManager?.DisplayName, account.Version, SelectionAccess.CanNominate(user, account), history);
    }
}

/// <summary>Shared steps of nominating and revoking: the account must be visible, the user leadership for it, the version current.</summary>
internal static class NominationSteps
{
    public static async Task<Result<Account>> DecidableAccountAsync(
        KeyplanDbContext db, int accountId, int expectedVersion, CurrentUser user, CancellationToken cancellationToken)
    {
        var account = await db.Accounts.VisibleTo(user).Include(a => a.Team).FirstOrDefaultAsync(a => a.Id == accountId, cancellationToken);
        if (account is null)
        {
            return new Failure.NotFound();
        }

        if (!SelectionAccess.CanNominate(user, account))
        {
            return new Failure.Forbidden();
        }

        return account.Version == expectedVersion ? account : new Failure.Stale(account.Version);
    }
}

public sealed class NominateAccountHandler(KeyplanDbContext db, GetNominationsHandler getNominations, TimeProvider clock)
{
    /// <summary>Makes the account a key account with its KAM (and team, when given), and records the decision.</summary>
    public async Task<Result<NominationsDetails>> HandleAsync(
        int accountId, int expectedVersion, NominateInput input, CurrentUser user, CancellationToken cancellationToken)
    {
        var found = await NominationSteps.DecidableAccountAsync(db, accountId, expectedVersion, user, cancellationToken);
        if (found.Value is not { } account)
        {
            return found.Failure!;
        }

        var errors = new ErrorCollector();
        errors.Merge(DeepValidation.Validate(input));
        if (input.KeyAccountManagerId is { } kamId && !await AccountRules.IsKeyAccountManagerAsync(db, kamId, cancellationToken))
        {
            errors.Add(nameof(input.KeyAccountManagerId), ValidationText.UnknownKeyAccountManager);
        }

        if (input.Team is { } team)
        {
            await AccountRules.ValidateTeamAsync(db, team, errors, cancellationToken);
        }

        if (errors.ToFailure() is { } invalid)
        {
            return invalid;
        }

        var now = clock.GetUtcNow();
        account.IsKeyAccount = true;
        account.KeyAccountManagerId = input.KeyAccountManagerId;
        if (input.Team is { } newTeam)
        {
            AccountRules.ApplyTeam(newTeam, account);
        }

        account.UpdatedAt = now;
        db.AccountNominations.Add(new AccountNomination
        {
            AccountId = accountId, Nominated = true, Reason = input.Reason, Comment = AccountRules.Clean(input.Comment),
            KeyAccountManagerId = input.KeyAccountManagerId, DecidedById = user.Id, DecidedAt = now,
        });
        if (await ConcurrentSave.TrySaveAsync(db, cancellationToken) is { } stale)
        {
            return stale;
        }

        return await getNominations.HandleAsync(accountId, user, cancellationToken);
    }
}

public sealed class RevokeNominationHandler(KeyplanDbContext db, GetNominationsHandler getNominations, TimeProvider clock)
{
    /// <summary>Ends the account's key-account status; its KAM stays its account manager, so plans keep their owner.</summary>
    public async Task<Result<NominationsDetails>> HandleAsync(
        int accountId, int expectedVersion, RevokeInput input, CurrentUser user, CancellationToken cancellationToken)
    {
        var found = await NominationSteps.DecidableAccountAsync(db, accountId, expectedVersion, user, cancellationToken);
        if (found.Value is not { } account)
        {
            return found.Failure!;
        }

        if (RequestValidation.Validate(input) is { } invalid)
        {
            return invalid;
        }

        if (!account.IsKeyAccount)
        {
            return Failure.Invalid.For("isKeyAccount", ValidationText.NotAKeyAccount);
        }

        var now = clock.GetUtcNow();
        account.IsKeyAccount = false;
        account.UpdatedAt = now;
        db.AccountNominations.Add(new AccountNomination
        {
            AccountId = accountId, Nominated = false, Comment = AccountRules.Clean(input.Comment), DecidedById = user.Id, DecidedAt = now,
        });
        if (await ConcurrentSave.TrySaveAsync(db, cancellationToken) is { } stale)
        {
            return stale;
        }

        return await getNominations.HandleAsync(accountId, user, cancellationToken);
    }
}
