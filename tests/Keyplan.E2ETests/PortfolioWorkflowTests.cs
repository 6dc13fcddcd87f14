using Keyplan.Core.Demo;
using Keyplan.Core.Identity;
using Keyplan.Core.Portfolio;
using Keyplan.E2ETests.Infrastructure;
using Keyplan.E2ETests.Pages;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Keyplan.E2ETests;

/// <summary>Leadership ranks the portfolio in a real browser.</summary>
public sealed class PortfolioWorkflowTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task Management_FiltersByCountry_SortsByRevenue_SeesTheAbcClass_AndOpensAnAccount()
    {
        var expected = await ExpectedAsync(new PortfolioQuery { Country = "NL", Sort = PortfolioSort.Revenue, Descending = false });
        var page = await app.SignedInPageAsync(DemoUsers.Management);
        var portfolio = new PortfolioPage(page);

        await portfolio.OpenFromNavigationAsync();
        await page.AssertAccessibleAsync();
        await portfolio.FilterAsync("Country", "Netherlands", "country=NL");
        // Highest revenue first is the default; the grid goes from there to unsorted, then to lowest first.
        await portfolio.SortByAsync("Revenue", "desc=false", clicks: 2);

        Assert.Contains("country=NL", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(portfolio.AccountLinks).ToHaveTextAsync(expected.Items.Select(r => r.Name).ToArray());
        await Assertions.Expect(portfolio.Grid.GetByRole(AriaRole.Columnheader, new() { Name = "ABC class" })).ToBeVisibleAsync();
        var first = expected.Items[0];
        await Assertions.Expect(portfolio.Grid.Locator("tbody tr").First.Locator(".kp-abc")).ToHaveTextAsync(first.AbcClass.ToString());
        await Assertions.Expect(portfolio.Grid.Locator("tfoot")).ToContainTextAsync($"Total ({expected.Total} accounts)");
        await page.AssertAccessibleAsync();

        await portfolio.AccountLinks.First.ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = first.Name, Level = 1 }).WaitForAsync();
        Assert.EndsWith($"/accounts/{first.Id}", page.Url, StringComparison.Ordinal);
    }

    /// <summary>What the ranking holds for leadership, read through the same handler the page uses.</summary>
    private async Task<PortfolioRanking> ExpectedAsync(PortfolioQuery query)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var management = new CurrentUser("management", "Management", new HashSet<string> { Roles.Management }, null);
        var result = await scope.ServiceProvider.GetRequiredService<ListPortfolioHandler>().HandleAsync(query, management, CancellationToken.None);
        Assert.True(result.Value is { Items.Count: > 1 }, "The demo data should hold several Dutch accounts.");
        return result.Value!;
    }
}
