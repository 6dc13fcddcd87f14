using Keyplan.Core.Identity;
using Keyplan.Core.Portfolio;

namespace Keyplan.UnitTests.Demo;

/// <summary>The portfolio ranking over the demo company, which has three years of revenue history.</summary>
public sealed class DemoPortfolioTests(SeededDemo demo) : IClassFixture<SeededDemo>
{
    private static readonly CurrentUser Management = new("management", "Management", new HashSet<string> { Roles.Management }, null);

    [Fact]
    public async Task Ranking_ShowsGrowthOverTheTwoYearsOfHistoryTheDemoHas()
    {
        var ranking = (await demo.Keyplan.WithAsync<ListPortfolioHandler, Keyplan.Core.Result<PortfolioRanking>>(
            handler => handler.HandleAsync(new PortfolioQuery { PageSize = 100 }, Management, CancellationToken.None))).Value!;

        Assert.Equal(2, ranking.CagrYears);
        Assert.NotNull(ranking.Totals.Cagr);
        // Before, with a fixed three-year span, no demo account had a CAGR; now every one with revenue at both ends has.
        Assert.True(ranking.Items.Count(r => r.Cagr is not null) > ranking.Items.Count / 2);
    }
}
