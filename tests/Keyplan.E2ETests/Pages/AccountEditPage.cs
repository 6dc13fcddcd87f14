using Microsoft.Playwright;

namespace Keyplan.E2ETests.Pages;

public sealed class AccountEditPage(IPage page)
{
    public ILocator Field(string label) => page.GetByLabel(label, new() { Exact = true });

    /// <summary>Saves and waits until the app has gone back to the account page, i.e. the save succeeded.</summary>
    public async Task SaveAsync()
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/edit", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.Commit });
    }
}
