using Keyplan.Core.Accounts;
using Keyplan.Core.Organisation;

namespace Keyplan.Core.Demo;

/// <summary>Three years of our revenue with an account, in a few product groups, each with its own trend.</summary>
internal static class DemoRevenue
{
    public const int Years = 3;

    // Above this, rounding to whole hundreds cannot push a margin outside the 20–40 % the demo promises.
    private const decimal MinimumPerProductGroup = 12_000m;

    /// <param name="yearlyRevenue">Our total revenue with the account in <paramref name="firstYear"/>.</param>
    public static void Add(Account account, IReadOnlyList<ProductGroup> productGroups, int firstYear, decimal yearlyRevenue, Random random)
    {
        var pool = productGroups.ToArray();
        random.Shuffle(pool);
        var chosen = pool.Take(random.Next(2, Math.Min(5, pool.Length) + 1)).ToList();
        var weights = chosen.Select(_ => 0.3 + random.NextDouble()).ToList();
        var totalWeight = weights.Sum();

        for (var i = 0; i < chosen.Count; i++)
        {
            var revenue = Math.Max(MinimumPerProductGroup, yearlyRevenue * (decimal)(weights[i] / totalWeight));
            var marginRate = 0.22 + (random.NextDouble() * 0.16);
            var trend = 0.94 + (random.NextDouble() * 0.20);
            for (var year = firstYear; year < firstYear + Years; year++)
            {
                var rate = marginRate + ((random.NextDouble() - 0.5) * 0.03);
                var rounded = Hundreds(revenue);
                account.Revenue.Add(new RevenueRecord
                {
                    Year = year,
                    ProductGroup = chosen[i],
                    Revenue = rounded,
                    ContributionMargin = Hundreds(rounded * (decimal)rate),
                });
                revenue = Math.Max(MinimumPerProductGroup, revenue * (decimal)(trend + ((random.NextDouble() - 0.5) * 0.06)));
            }
        }
    }

    private static decimal Hundreds(decimal amount) => Math.Round(amount / 100m, MidpointRounding.AwayFromZero) * 100m;
}
