using Keyplan.Core.Accounts;
using Keyplan.Core.Data;
using Keyplan.Core.Identity;
using Keyplan.Core.Organisation;
using Keyplan.Core.Resources;
using Microsoft.EntityFrameworkCore;

namespace Keyplan.Core.Selection;

/// <param name="Revenue">Revenue of <see cref="MatrixDetails.RevenueYear"/>, the last complete fiscal year: the bubble size.</param>
/// <param name="Quadrant">Null when one of the axes has no rating: the account has no position.</param>
public sealed record MatrixAccount(
    int AccountId, string Name, int BusinessAreaId, string BusinessAreaName, bool IsKeyAccount, decimal Revenue,
    decimal? Attractiveness, decimal? Strength, Quadrant? Quadrant, int RatedCriteria);

/// <param name="Currency">The organisation's currency, which revenue is reported in.</param>
public sealed record MatrixDetails(decimal Threshold, int RevenueYear, string Currency, int CriteriaCount, IReadOnlyList<MatrixAccount> Accounts);

public sealed class GetMatrixHandler(KeyplanDbContext db, TimeProvider clock)
{
    public async Task<Result<MatrixDetails>> HandleAsync(
        decimal? threshold, int? businessAreaId, CurrentUser user, CancellationToken cancellationToken)
    {
        var t = threshold ?? MatrixScoring.DefaultThreshold;
        if (t is < SelectionCriterion.MinRating or > SelectionCriterion.MaxRating)
        {
            return Failure.Invalid.For("threshold",
                ValidationText.Format(nameof(ValidationText.Range), string.Empty, SelectionCriterion.MinRating, SelectionCriterion.MaxRating));
        }

        var accounts = db.Accounts.VisibleTo(user);
        if (businessAreaId is { } areaId)
        {
            accounts = accounts.Where(a => a.BusinessAreaId == areaId);
        }

        var settings = await db.OrganisationSettings.AsNoTracking().FirstOrDefaultAsync(cancellationToken);
        var revenueYear = LastCompleteFiscalYear(settings?.FiscalYearStartMonth ?? 1);
        var rows = await accounts.AsNoTracking().OrderBy(a => a.Name)
            .Select(a => new
            {
                a.Id, a.Name, a.BusinessAreaId, BusinessAreaName = a.BusinessArea!.Name, a.IsKeyAccount,
                Revenue = a.Revenue.Where(r => r.Year == revenueYear).Sum(r => (decimal?)r.Revenue) ?? 0m,
            })
            .ToListAsync(cancellationToken);

        var criteria = await db.SelectionCriteria.AsNoTracking().ToDictionaryAsync(c => c.Id, cancellationToken);
        var latest = (await LatestRatingsAsync(accounts, cancellationToken)).ToLookup(r => r.AccountId);
        var result = rows.Select(a =>
        {
            var rated = latest[a.Id].Where(r => criteria.ContainsKey(r.CriterionId)).Select(r => (Criterion: criteria[r.CriterionId], r.Value)).ToList();
            decimal? Score(CriterionGroup group) => MatrixScoring.Score(
                rated.Where(r => r.Criterion.Group == group).Select(r => new WeightedRating(r.Criterion.Weight, r.Value)));
            var attractiveness = Score(CriterionGroup.Attractiveness);
            var strength = Score(CriterionGroup.Strength);
            return new MatrixAccount(a.Id, a.Name, a.BusinessAreaId, a.BusinessAreaName, a.IsKeyAccount, a.Revenue,
                attractiveness, strength, MatrixScoring.Classify(attractiveness, strength, t), rated.Count);
        }).ToList();

        return new MatrixDetails(t, revenueYear, settings?.Currency ?? OrganisationSettings.DefaultCurrency, criteria.Count, result);
    }

    /// <summary>The latest rating per account and criterion; ids grow with time, so the highest id is the latest.</summary>
    private async Task<List<AccountRating>> LatestRatingsAsync(IQueryable<Account> accounts, CancellationToken cancellationToken)
    {
        var ratings = db.AccountRatings.Where(r => accounts.Any(a => a.Id == r.AccountId));
        var latestIds = ratings.GroupBy(r => new { r.AccountId, r.CriterionId }).Select(g => g.Max(r => r.Id));
        return await db.AccountRatings.AsNoTracking().Where(r => latestIds.Contains(r.Id)).ToListAsync(cancellationToken);
    }

    /// <summary>A fiscal year is named after the calendar year it starts in; the one before the current is the last complete one.</summary>
    private int LastCompleteFiscalYear(int startMonth)
    {
        var today = clock.GetUtcNow();
        var current = today.Month >= startMonth ? today.Year : today.Year - 1;
        return current - 1;
    }
}
