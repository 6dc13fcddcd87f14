using Keyplan.Core.Accounts;
using Keyplan.Core.Data;
using Keyplan.Core.Identity;
using Microsoft.EntityFrameworkCore;

namespace Keyplan.Core.Selection;

public sealed record RatingEntry(int Value, string? RatedBy, DateTimeOffset RatedAt);

/// <summary>A criterion with the account's current rating and every earlier one, newest first.</summary>
public sealed record CriterionRating(CriterionDetails Criterion, RatingEntry? Current, IReadOnlyList<RatingEntry> History);

public sealed record AccountRatingsDetails(
    int AccountId, string AccountName, bool CanRate, decimal? Attractiveness, decimal? Strength, IReadOnlyList<CriterionRating> Criteria);

public sealed class GetAccountRatingsHandler(KeyplanDbContext db)
{
    public async Task<Result<AccountRatingsDetails>> HandleAsync(int accountId, CurrentUser user, CancellationToken cancellationToken)
    {
        var account = await db.Accounts.VisibleTo(user).AsNoTracking().FirstOrDefaultAsync(a => a.Id == accountId, cancellationToken);
        if (account is null)
        {
            return new Failure.NotFound();
        }

        var criteria = await db.SelectionCriteria.AsNoTracking().OrderBy(c => c.Group).ThenBy(c => c.Id).ToListAsync(cancellationToken);
        var ratings = await db.AccountRatings.AsNoTracking().Where(r => r.AccountId == accountId)
            .OrderByDescending(r => r.Id)
            .Select(r => new { r.CriterionId, Entry = new RatingEntry(r.Value, r.RatedBy!.DisplayName, r.RatedAt) })
            .ToListAsync(cancellationToken);
        var byCriterion = ratings.ToLookup(r => r.CriterionId, r => r.Entry);

        var rows = criteria.Select(c => new CriterionRating(
            CriterionDetails.From(c), byCriterion[c.Id].FirstOrDefault(), [.. byCriterion[c.Id]])).ToList();
        decimal? Score(CriterionGroup group) => MatrixScoring.Score(rows
            .Where(r => r.Criterion.Group == group && r.Current is not null)
            .Select(r => new WeightedRating(r.Criterion.Weight, r.Current!.Value)));

        return new AccountRatingsDetails(account.Id, account.Name, SelectionAccess.CanRate(user, account),
            Score(CriterionGroup.Attractiveness), Score(CriterionGroup.Strength), rows);
    }
}
