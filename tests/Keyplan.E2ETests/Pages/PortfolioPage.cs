using Keyplan.E2ETests.Infrastructure;
using Microsoft.Playwright;

namespace Keyplan.E2ETests.Pages;

public sealed class PortfolioPage(IPage page)
{
    public ILocator Grid => page.GetByRole(AriaRole.Grid, new() { Name = "Accounts ranked by their figures" });

    public async Task OpenFromNavigationAsync()
    {
        await page.OpenFromMenuAsync("Portfolio", "Ranking");
        await page.WaitForURLAsync("**/portfolio**", new() { WaitUntil = WaitUntilState.Commit });
        await page.GetByRole(AriaRole.Heading, new() { Name = "Portfolio ranking", Level = 1 }).WaitForAsync();
        await page.WaitUntilInteractiveAsync();
        await WaitUntilLoadedAsync();
    }

    /// <summary>A filter change is kept in the address (same-document navigation) and then loads the grid.</summary>
    public async Task FilterAsync(string label, string option, string inUrl)
    {
        await page.GetByLabel(label, new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = option });
        await page.WaitForURLAsync(url => url.Contains(inUrl, StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.Commit });
        await WaitUntilLoadedAsync();
    }

    /// <summary>
    /// The grid cycles a column through ascending, descending and unsorted; an unsorted grid keeps the default order
    /// (highest revenue first) without a new address, so reaching an order may take more than one click.
    /// </summary>
    public async Task SortByAsync(string columnTitle, string inUrl, int clicks = 1)
    {
        var header = Grid.GetByRole(AriaRole.Columnheader).Filter(new() { HasText = columnTitle }).First;
        for (var click = 0; click < clicks; click++)
        {
            // Each click must land on the header as the previous one left it, or the cycle goes out of step.
            var before = await header.GetAttributeAsync("aria-sort");
            await header.ClickAsync();
            await (before is null
                ? Assertions.Expect(header).ToHaveAttributeAsync("aria-sort", new System.Text.RegularExpressions.Regex(".+"))
                : Assertions.Expect(header).Not.ToHaveAttributeAsync("aria-sort", before));
            await WaitUntilLoadedAsync();
        }

        await page.WaitForURLAsync(url => url.Contains(inUrl, StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.Commit });
        await WaitUntilLoadedAsync();
    }

    /// <summary>The account links of the listed rows, in order.</summary>
    public ILocator AccountLinks => Grid.Locator("tbody").GetByRole(AriaRole.Link);

    /// <summary>While the grid loads, its overlay takes the clicks meant for the rows.</summary>
    public Task WaitUntilLoadedAsync() =>
        page.Locator(".rz-datatable-loading").WaitForAsync(new() { State = WaitForSelectorState.Hidden });
}
