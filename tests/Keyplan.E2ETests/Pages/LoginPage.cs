using Keyplan.Core.Demo;
using Keyplan.E2ETests.Infrastructure;
using Microsoft.Playwright;

namespace Keyplan.E2ETests.Pages;

public sealed class LoginPage(IPage page)
{
    public async Task OpenAsync()
    {
        await page.GotoAsync("account/login");
        await page.AssertAccessibleAsync();
    }

    public async Task SignInAsync(string email, string password = DemoSeeder.DemoPassword)
    {
        await page.GetByLabel("E-mail").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }

    /// <summary>Signs in and waits for the interactive start page.</summary>
    public async Task SignInAndWaitAsync(string email)
    {
        await SignInAsync(email);
        await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));
        await page.WaitUntilInteractiveAsync();
    }

    public ILocator Error => page.GetByRole(AriaRole.Alert);
}
