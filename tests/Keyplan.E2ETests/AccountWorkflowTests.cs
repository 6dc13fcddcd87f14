using Keyplan.Core.Demo;
using Keyplan.E2ETests.Infrastructure;
using Keyplan.E2ETests.Pages;
using Microsoft.Playwright;

namespace Keyplan.E2ETests;

/// <summary>The foundation's user workflows in a real browser: sign in, find, edit, keep; and what must not work.</summary>
public sealed class AccountWorkflowTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task Kam_FindsAccount_EditsCity_AndTheChangeSurvivesAReload()
    {
        var account = await app.AccountOwnedByAsync(DemoUsers.Kam);
        var page = await app.NewPageAsync();
        var login = new LoginPage(page);
        var newCity = "Bielefeld-" + Guid.NewGuid().ToString("N")[..6];

        await login.OpenAsync();
        await login.SignInAndWaitAsync(DemoUsers.Kam);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "My actions and visits" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "My plans" })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        var list = new AccountsListPage(page);
        await list.OpenFromNavigationAsync();
        await page.AssertAccessibleAsync();
        await list.SearchAsync(account.Name[..Math.Min(12, account.Name.Length)]);
        await list.OpenAccountAsync(account.Name);
        await page.WaitUntilInteractiveAsync();
        await page.AssertAccessibleAsync();
        var accountPage = new AccountPage(page);
        await accountPage.EditAsync();
        var form = new AccountEditPage(page);
        await form.Field("City").WaitForAsync();
        await page.WaitUntilInteractiveAsync();
        await page.AssertAccessibleAsync();
        await form.Field("City").FillAsync(newCity);
        await form.SaveAsync();
        await accountPage.Heading(account.Name).WaitForAsync();
        await page.ReloadAsync();

        await Assertions.Expect(accountPage.Heading(account.Name)).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText(newCity)).ToBeVisibleAsync();

        // The change history names the KAM, who made the change in the browser, and the new value.
        await page.GotoAsync($"accounts/{account.Id}?tab=audit");
        await Assertions.Expect(page.GetByRole(AriaRole.Tab, new() { Name = "History", Selected = true })).ToBeVisibleAsync();
        var latest = accountPage.Profile.GetByRole(AriaRole.Row).Nth(1);
        await Assertions.Expect(latest).ToContainTextAsync("Thomas Becker");
        await Assertions.Expect(latest).ToContainTextAsync("Account changed");
        await Assertions.Expect(latest.GetByRole(AriaRole.Insertion)).ToHaveTextAsync(newCity);
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task WrongPassword_ShowsAnErrorAndStaysOnSignIn()
    {
        var page = await app.NewPageAsync();
        var login = new LoginPage(page);

        await login.OpenAsync();
        await login.SignInAsync(DemoUsers.Kam, "Not-the-password-1");

        await Assertions.Expect(login.Error).ToHaveTextAsync("Wrong e-mail or password.");
        Assert.Contains("/account/login", page.Url, StringComparison.Ordinal);
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task Kam_CannotOpenAnAccountOfAnotherBusinessArea()
    {
        var hidden = await app.AccountHiddenFromAsync(DemoUsers.Kam);
        var page = await app.NewPageAsync();
        var login = new LoginPage(page);
        await login.OpenAsync();
        await login.SignInAndWaitAsync(DemoUsers.Kam);

        var response = await page.GotoAsync($"accounts/{hidden.Id}");

        Assert.Equal(404, response!.Status);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Page not found" })).ToBeVisibleAsync();
        Assert.DoesNotContain(hidden.Name, await page.ContentAsync(), StringComparison.Ordinal);
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task LanguageChoice_SwitchesTheUiAndIsRememberedAtTheNextSignIn()
    {
        var page = await app.NewPageAsync();
        var login = new LoginPage(page);
        await login.OpenAsync();
        await login.SignInAndWaitAsync(DemoUsers.Team);

        // Choosing a language reloads the page: wait for the German page itself, then for it to become interactive.
        await page.ChooseLanguageAsync("de");
        await page.Locator("#kp-user-menu-button").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Abmelden" })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();

        // A new browser without the language cookie: the choice comes back with the sign-in.
        var otherBrowser = await app.NewPageAsync(locale: "en-GB");
        var secondLogin = new LoginPage(otherBrowser);
        await secondLogin.OpenAsync();
        await secondLogin.SignInAndWaitAsync(DemoUsers.Team);

        await Assertions.Expect(otherBrowser.Locator("html")).ToHaveAttributeAsync("lang", "de");
        await otherBrowser.Locator("#kp-user-menu-button").ClickAsync();
        await Assertions.Expect(otherBrowser.GetByRole(AriaRole.Button, new() { Name = "Abmelden" })).ToBeVisibleAsync();
    }
}
