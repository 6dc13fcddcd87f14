using Keyplan.E2ETests.Infrastructure;
using Microsoft.Playwright;

namespace Keyplan.E2ETests.Pages;

public sealed class AccountsListPage(IPage page)
{
    public async Task OpenFromNavigationAsync()
    {
        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Accounts", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/accounts**");
        await page.GetByRole(AriaRole.Heading, new() { Name = "Accounts", Level = 1 }).WaitForAsync();
        await page.WaitUntilInteractiveAsync();
    }

    public async Task SearchAsync(string text)
    {
        await page.GetByLabel("Search accounts").FillAsync(text);
        // The search runs after a short pause in typing and is then kept in the address (same-document navigation).
        await page.WaitForURLAsync(url => url.Contains("q=", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.Commit });
        await WaitUntilLoadedAsync();
    }

    /// <summary>While the grid loads, its overlay takes the clicks meant for the rows.</summary>
    public Task WaitUntilLoadedAsync() =>
        page.Locator(".rz-datatable-loading").WaitForAsync(new() { State = WaitForSelectorState.Hidden });

    public ILocator AccountLink(string name) => page.GetByRole(AriaRole.Link, new() { Name = name, Exact = true });

    public async Task OpenAccountAsync(string name)
    {
        await WaitUntilLoadedAsync();
        await AccountLink(name).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = name, Level = 1 }).WaitForAsync();
    }
}
