using Keyplan.Core.Data;
using Keyplan.Core.Identity;
using Microsoft.EntityFrameworkCore;

namespace Keyplan.Core.Accounts;

public sealed class ListRevenueHandler(KeyplanDbContext db)
{
    public async Task<Result<IReadOnlyList<RevenueDetails>>> HandleAsync(int accountId, CurrentUser user, CancellationToken cancellationToken)
    {
        if (!await db.Accounts.VisibleTo(user).AnyAsync(a => a.Id == accountId, cancellationToken))
        {
            return new Failure.NotFound();
        }

        // Sort before projecting: EF cannot translate an OrderBy over a record constructor.
        var rows = await RevenueRules.Project(db.RevenueRecords.AsNoTracking().Where(r => r.AccountId == accountId)
                .OrderByDescending(r => r.Year).ThenBy(r => r.ProductGroup!.Name))
            .ToListAsync(cancellationToken);
        return rows;
    }
}

public sealed class GetRevenueHandler(KeyplanDbContext db)
{
    public async Task<Result<RevenueDetails>> HandleAsync(int accountId, int revenueId, CurrentUser user, CancellationToken cancellationToken)
    {
        var visibleAccounts = db.Accounts.VisibleTo(user).Select(a => a.Id);
        var row = await RevenueRules.Project(db.RevenueRecords.AsNoTracking()
                .Where(r => r.Id == revenueId && r.AccountId == accountId && visibleAccounts.Contains(r.AccountId)))
            .FirstOrDefaultAsync(cancellationToken);
        return row is null ? new Failure.NotFound() : row;
    }
}
