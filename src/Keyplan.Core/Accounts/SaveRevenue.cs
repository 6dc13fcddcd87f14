using Keyplan.Core.Data;
using Keyplan.Core.Identity;
using Microsoft.EntityFrameworkCore;

namespace Keyplan.Core.Accounts;

public sealed class CreateRevenueHandler(KeyplanDbContext db, GetRevenueHandler getRevenue)
{
    public async Task<Result<RevenueDetails>> HandleAsync(int accountId, RevenueInput input, CurrentUser user, CancellationToken cancellationToken)
    {
        var account = await AccountRules.EditableAccountAsync(db, accountId, user, cancellationToken);
        if (account.Failure is { } failure)
        {
            return failure;
        }

        if (await RevenueRules.ValidateAsync(db, accountId, revenueId: null, input, cancellationToken) is { } invalid)
        {
            return invalid;
        }

        var row = new RevenueRecord { AccountId = accountId };
        RevenueRules.Apply(input, row);
        db.RevenueRecords.Add(row);
        await db.SaveChangesAsync(cancellationToken);
        return await getRevenue.HandleAsync(accountId, row.Id, user, cancellationToken);
    }
}

public sealed class UpdateRevenueHandler(KeyplanDbContext db, GetRevenueHandler getRevenue)
{
    public async Task<Result<RevenueDetails>> HandleAsync(
        int accountId, int revenueId, int expectedVersion, RevenueInput input, CurrentUser user, CancellationToken cancellationToken)
    {
        var found = await AccountChildren.FindForChangeAsync<RevenueRecord>(db, accountId, revenueId, expectedVersion, user, cancellationToken);
        if (found.Failure is { } failure)
        {
            return failure;
        }

        var row = found.Value!;
        if (await RevenueRules.ValidateAsync(db, accountId, revenueId, input, cancellationToken) is { } invalid)
        {
            return invalid;
        }

        RevenueRules.Apply(input, row);
        if (await ConcurrentSave.TrySaveAsync(db, cancellationToken) is { } stale)
        {
            return stale;
        }

        return await getRevenue.HandleAsync(accountId, revenueId, user, cancellationToken);
    }
}

public sealed class DeleteRevenueHandler(KeyplanDbContext db)
{
    public async Task<Result<Done>> HandleAsync(
        int accountId, int revenueId, int? expectedVersion, CurrentUser user, CancellationToken cancellationToken)
    {
        var found = await AccountChildren.FindForChangeAsync<RevenueRecord>(db, accountId, revenueId, expectedVersion, user, cancellationToken);
        if (found.Failure is { } failure)
        {
            return failure;
        }

        var row = found.Value!;
        db.RevenueRecords.Remove(row);
        if (await ConcurrentSave.TrySaveAsync(db, cancellationToken) is { } stale)
        {
            return stale;
        }

        return new Done();
    }
}
