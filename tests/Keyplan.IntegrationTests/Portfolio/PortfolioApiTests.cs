using System.Net;
using System.Text;
using Keyplan.Core.Accounts;
using Keyplan.Core.Demo;
using Keyplan.Core.Plans;
using Keyplan.Core.Portfolio;
using Keyplan.IntegrationTests.Accounts;
using Keyplan.IntegrationTests.Infrastructure;

namespace Keyplan.IntegrationTests.Portfolio;

/// <summary>GET /api/portfolio against figures computed by hand, once per database provider.</summary>
public abstract class PortfolioApiTests(KeyplanApp app)
{
    /// <summary>
    /// Four accounts of their own industry, so the filter lists only them. Y is the last complete fiscal year.
    /// Growth: 500,000 → 665,500 over three years is 1.1³, so a CAGR of 10 %; 605,000 → 665,500 is +10 %.
    /// Total revenue in Y is 1,000,000: Growing (665,500) and Steady (250,000) are ranked before less than 80 % → A;
    /// Shrinking (84,500) starts at 915,500 &lt; 95 % → B; Lost has no revenue in Y → C.
    /// </summary>
    [Fact]
    public async Task Portfolio_FiguresOfAFewAccounts_AgreeWithHandComputedValues()
    {
        var industry = "Portfolio test " + Guid.NewGuid().ToString("N")[..8];
        using var bam = await app.ClientForAsync(DemoUsers.Bam);
        var url = $"/api/portfolio?industry={Uri.EscapeDataString(industry)}";
        var y = (await (await bam.GetAsync(url)).ReadAsync<PortfolioRanking>()).FiscalYear;
        var (group1, group2) = (await app.ProductGroupIdAsync(0), await app.ProductGroupIdAsync(1));

        var growing = await NewAccountAsync(bam, industry, "Growing");
        await RevenueAsync(bam, growing, (y, group1, 465_500m, 133_100m), (y, group2, 200_000m, 0m), (y - 1, group1, 605_000m, 0m), (y - 3, group1, 500_000m, 0m));
        await PlanAsync(bam, growing,
            $$"""{"potentials":[{"productGroupId":{{group1}},"maximumRevenue":1000000},{"productGroupId":{{group2}},"maximumRevenue":331000}]}""",
            $$"""{"purchaseVolumes":[{"year":{{y - 1}},"amount":1},{"year":{{y}},"amount":2662000}]}""");
        var steady = await NewAccountAsync(bam, industry, "Steady");
        await RevenueAsync(bam, steady, (y, group1, 250_000m, 50_000m));
        var shrinking = await NewAccountAsync(bam, industry, "Shrinking");
        await RevenueAsync(bam, shrinking, (y, group1, 84_500m, 0m), (y - 1, group1, 100_000m, 0m), (y - 4, group1, 1_000m, 0m));
        var lost = await NewAccountAsync(bam, industry, "Lost");
        await RevenueAsync(bam, lost, (y - 1, group1, 10_000m, 0m));

        var page = await (await bam.GetAsync(url)).ReadAsync<PortfolioRanking>();

        Assert.Equal([growing, steady, shrinking, lost], page.Items.Select(r => r.Id));
        var g = page.Items[0];
        Assert.Equal((665_500m, 133_100m, 0.2m, 0.1m, 0.1m, 1_331_000m, 2_662_000m, 0.25m, AbcClass.A),
            (g.Revenue, g.ContributionMargin, g.MarginRate, g.Cagr, g.LastYearChange, g.Potential, g.PurchaseVolume, g.ShareOfWallet, g.AbcClass));
        var s = page.Items[1];
        Assert.Equal((250_000m, 0.2m, (decimal?)null, (decimal?)null, (decimal?)null, (decimal?)null, AbcClass.A),
            (s.Revenue, s.MarginRate, s.Cagr, s.LastYearChange, s.Potential, s.ShareOfWallet, s.AbcClass));
        var k = page.Items[2];
        Assert.Equal((84_500m, -0.155m, (decimal?)null, AbcClass.B), (k.Revenue, k.LastYearChange, k.Cagr, k.AbcClass));
        var l = page.Items[3];
        Assert.Equal((0m, -1m, (decimal?)null, AbcClass.C), (l.Revenue, l.LastYearChange, l.MarginRate, l.AbcClass));

        // Totals: margin 183,100 / 1,000,000; change from 715,000; CAGR from 500,000 is 2^(1/3) − 1; wallet only where known.
        Assert.Equal(new PortfolioTotals(4, 1_000_000m, 183_100m, 0.1831m, 0.259921m, 0.398601m, 1_331_000m, 0.25m), page.Totals);
        Assert.Equal(4, page.Total);
    }

    /// <summary>Revenue since Y − 2 only (as in the demo data): the CAGR spans the two years there are, 1,000,000 → 1,210,000 is 1.1².</summary>
    [Fact]
    public async Task Portfolio_WithAShorterHistory_ShowsGrowthOverTheYearsThereAre()
    {
        var industry = "Portfolio span " + Guid.NewGuid().ToString("N")[..8];
        using var bam = await app.ClientForAsync(DemoUsers.Bam);
        var url = $"/api/portfolio?industry={Uri.EscapeDataString(industry)}";
        var y = (await (await bam.GetAsync(url)).ReadAsync<PortfolioRanking>()).FiscalYear;
        var group = await app.ProductGroupIdAsync(0);
        var twoYears = await NewAccountAsync(bam, industry, "Two years");
        await RevenueAsync(bam, twoYears, (y, group, 1_210_000m, 0m), (y - 1, group, 1_100_000m, 0m), (y - 2, group, 1_000_000m, 0m));
        var newcomer = await NewAccountAsync(bam, industry, "Newcomer");
        await RevenueAsync(bam, newcomer, (y, group, 500m, 0m));

        var page = await (await bam.GetAsync(url)).ReadAsync<PortfolioRanking>();

        Assert.Equal(2, page.CagrYears);
        Assert.Equal(0.1m, page.Items.Single(r => r.Id == twoYears).Cagr);
        Assert.Null(page.Items.Single(r => r.Id == newcomer).Cagr);
        Assert.Equal(Growth.Cagr(1_000_000m, 1_210_500m, 2), page.Totals.Cagr);
    }

    [Fact]
    public async Task Portfolio_SortsByAnyColumnAndPages_ServerSide()
    {
        var industry = "Portfolio sort " + Guid.NewGuid().ToString("N")[..8];
        using var bam = await app.ClientForAsync(DemoUsers.Bam);
        var y = (await (await bam.GetAsync("/api/portfolio?pageSize=1")).ReadAsync<PortfolioRanking>()).FiscalYear;
        var group = await app.ProductGroupIdAsync();
        var ids = new List<int>();
        foreach (var (name, revenue, margin) in new[] { ("Alpha", 100m, 50m), ("Bravo", 300m, 30m), ("Charlie", 200m, 100m) })
        {
            var id = await NewAccountAsync(bam, industry, name);
            await RevenueAsync(bam, id, (y, group, revenue, margin));
            ids.Add(id);
        }

        var url = $"/api/portfolio?industry={Uri.EscapeDataString(industry)}";
        var byMarginRate = await (await bam.GetAsync($"{url}&sort=MarginRate&descending=true")).ReadAsync<PortfolioRanking>();
        var byNameSecondPage = await (await bam.GetAsync($"{url}&sort=Name&descending=false&page=2&pageSize=2")).ReadAsync<PortfolioRanking>();
        var tooLarge = await bam.GetAsync($"{url}&pageSize=1000");

        Assert.Equal([ids[0], ids[2], ids[1]], byMarginRate.Items.Select(r => r.Id)); // 50 %, 50 %, 10 %; ties by name
        Assert.Equal([ids[2]], byNameSecondPage.Items.Select(r => r.Id));
        Assert.Equal(3, byNameSecondPage.Total);
        Assert.Equal(HttpStatusCode.BadRequest, tooLarge.StatusCode);
        Assert.Contains("pageSize", (await tooLarge.ValidationErrorsAsync()).Keys);
    }

    private async Task<int> NewAccountAsync(HttpClient client, string industry, string name)
    {
        var businessAreaId = await app.BusinessAreaOfAsync(DemoUsers.Bam);
        var account = await (await client.PostJsonAsync("/api/accounts", new AccountBuilder().InBusinessArea(businessAreaId)
            .WithKeyAccountManager(await app.UserIdAsync(DemoUsers.Kam))
            .With(a => (a.Name, a.Industry) = ($"{name} {Guid.NewGuid():N}"[..30], industry)).Build())).ReadAsync<AccountDetails>();
        return account.Id;
    }

    private static async Task RevenueAsync(HttpClient client, int accountId, params (int Year, int ProductGroupId, decimal Revenue, decimal Margin)[] rows)
    {
        foreach (var (year, productGroupId, revenue, margin) in rows)
        {
            var response = await client.PostJsonAsync($"/api/accounts/{accountId}/revenue",
                new RevenueInput { Year = year, ProductGroupId = productGroupId, Revenue = revenue, ContributionMargin = margin });
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        }
    }

    /// <summary>A plan of the current fiscal year, so it has begun, with the given potential and history sections.</summary>
    private static async Task PlanAsync(HttpClient client, int accountId, string potential, string history)
    {
        var plan = await (await client.PostJsonAsync("/api/plans", new CreatePlanRequest { AccountId = accountId })).ReadAsync<PlanDetails>();
        foreach (var (key, json) in new[] { ("potential", potential), ("history", history) })
        {
            var url = $"/api/plans/{plan.Id}/sections/{key}";
            var etag = (await client.GetAsync(url)).Headers.ETag!.ToString();
            using var content = new StringContent(json, Encoding.UTF8, "application/json");
            var saved = await client.SendAsync(new HttpRequestMessage(HttpMethod.Put, url) { Content = content, Headers = { { "If-Match", etag } } });
            Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        }
    }
}

[Trait("Database", "Sqlite")]
public sealed class SqlitePortfolioApiTests(SqliteApp app) : PortfolioApiTests(app), IClassFixture<SqliteApp>;

[Trait("Database", "Postgres")]
public sealed class PostgresPortfolioApiTests(PostgresApp app) : PortfolioApiTests(app), IClassFixture<PostgresApp>;
