using Keyplan.Core.Data;
using Keyplan.Core.Resources;
using Microsoft.EntityFrameworkCore;

namespace Keyplan.Core.Accounts;

internal static class RevenueRules
{
    public static async Task<Failure.Invalid?> ValidateAsync(
        KeyplanDbContext db, int accountId, int? revenueId, RevenueInput input, CancellationToken cancellationToken)
    {
        var errors = new ErrorCollector();
        errors.Merge(RequestValidation.Validate(input));
        if (input.ProductGroupId is { } productGroupId && !await db.ProductGroups.AnyAsync(p => p.Id == productGroupId, cancellationToken))
        {
            errors.Add(nameof(input.ProductGroupId), ValidationText.UnknownProductGroup);
        }

        if (!errors.HasErrors && await db.RevenueRecords.AnyAsync(
                r => r.AccountId == accountId && r.Year == input.Year && r.ProductGroupId == input.ProductGroupId && r.Id != revenueId,
                cancellationToken))
        {
            errors.Add(nameof(input.Year), ValidationText.DuplicateRevenue);
        }

        return errors.ToFailure();
    }

    public static void Apply(RevenueInput input, RevenueRecord row)
    {
        row.Year = input.Year!.Value;
        row.ProductGroupId = input.ProductGroupId!.Value;
        row.Revenue = input.Revenue!.Value;
        row.ContributionMargin = input.ContributionMargin!.Value;
    }

    public static IQueryable<RevenueDetails> Project(IQueryable<RevenueRecord> rows) =>
        rows.Select(r => new RevenueDetails(
            r.Id, r.AccountId, r.Year, r.ProductGroupId, r.ProductGroup!.Name, r.Revenue, r.ContributionMargin, r.Version));
}
