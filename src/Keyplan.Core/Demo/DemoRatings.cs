using Keyplan.Core.Accounts;
using Keyplan.Core.Identity;
using Keyplan.Core.Selection;

namespace Keyplan.Core.Demo;

/// <summary>
/// Selection-matrix ratings for the demo accounts, so the matrix shows all four quadrants. Every fifth account stays
/// unrated (it has no position); IA accounts are rated by their Business Area Manager, the others by management.
/// Key accounts lean attractive; the rest spread across the scale.
/// </summary>
internal sealed class DemoRatings(
    IReadOnlyList<Account> accounts, IReadOnlyList<SelectionCriterion> criteria, IReadOnlyDictionary<string, User> users,
    Random random, DateTimeOffset now)
{
    public IEnumerable<AccountRating> Build()
    {
        var bam = users[DemoUsers.Bam];
        var management = users[DemoUsers.Management];
        for (var i = 0; i < accounts.Count; i++)
        {
            if (i % 5 == 4)
            {
                continue;
            }

            var account = accounts[i];
            var rater = account.BusinessAreaId == bam.BusinessAreaId ? bam : management;

            // One centre per axis, so an account's criteria agree roughly and the account lands clearly in a quadrant.
            var attractiveness = account.IsKeyAccount ? random.Next(6, 10) : random.Next(2, 9);
            var strength = random.Next(2, 10);
            foreach (var criterion in criteria)
            {
                var centre = criterion.Group == CriterionGroup.Attractiveness ? attractiveness : strength;
                yield return new AccountRating
                {
                    AccountId = account.Id,
                    CriterionId = criterion.Id,
                    Value = Math.Clamp(centre + random.Next(-1, 2), SelectionCriterion.MinRating, SelectionCriterion.MaxRating),
                    RatedById = rater.Id,
                    RatedAt = now.AddDays(-random.Next(1, 60)),
                };
            }
        }
    }
}
