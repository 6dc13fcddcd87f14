using Keyplan.Core.Demo;
using Keyplan.E2ETests.Infrastructure;
using Microsoft.Playwright;

namespace Keyplan.E2ETests;

/// <summary>
/// The top bar: on a laptop screen it stays one line in every language, even for an administrator who sees every link,
/// and its menus work with the mouse and the keyboard.
/// </summary>
public sealed class HeaderNavigationTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Theory]
    [InlineData(DemoUsers.Admin)]
    [InlineData(DemoUsers.Management)]
    public async Task Header_StaysOnOneLine_AtLaptopWidth_InEveryLanguage(string email)
    {
        var page = await app.SignedInPageAsync(email);
        await page.SetViewportSizeAsync(1280, 800);
        foreach (var language in new[] { "de", "nl", "en" })
        {
            await page.ChooseLanguageAsync(language);

            // Every item of the bar sits on the first line: no item's top is more than half a line below another's (the
            // spacer has no height and is left out).
            var tops = await page.Locator(".kp-header > *").EvaluateAllAsync<double[]>(
                "items => items.filter(i => i.getBoundingClientRect().height > 0).map(i => i.getBoundingClientRect().top)");
            Assert.True(tops.Max() - tops.Min() < 16, $"The top bar wraps in '{language}' for {email}: item tops {string.Join(", ", tops)}");
        }
    }

    [Fact]
    public async Task AdministrationMenu_OpensWithTheKeyboard_ClosesWithEscape_AndLeadsToItsPages()
    {
        var page = await app.SignedInPageAsync(DemoUsers.Admin);
        var menu = page.GetByRole(AriaRole.Button, new() { Name = "Administration" });
        var templates = page.GetByRole(AriaRole.Link, new() { Name = "Templates", Exact = true });
        await Assertions.Expect(menu).ToHaveAttributeAsync("aria-expanded", "false");
        await Assertions.Expect(templates).ToBeHiddenAsync();

        await menu.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(menu).ToHaveAttributeAsync("aria-expanded", "true");
        await Assertions.Expect(templates).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(templates).ToBeHiddenAsync();

        await menu.ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Quality rubric" }).ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/quality-criteria", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.Commit });
        await Assertions.Expect(menu).ToHaveAttributeAsync("aria-expanded", "false");
        await Assertions.Expect(menu).ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\bactive\b"));
    }

    [Fact]
    public async Task UserMenu_UnderTheUsersName_SignsOut()
    {
        var page = await app.SignedInPageAsync(DemoUsers.Bam);

        await page.Locator("#kp-user-menu-button").ClickAsync();
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();

        await page.WaitForURLAsync(url => url.Contains("/account/login", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PortfolioMenu_LeadsToTheMatrix_AndClosesWhenClickedOutside()
    {
        var page = await app.SignedInPageAsync(DemoUsers.Bam);
        var menu = page.GetByRole(AriaRole.Button, new() { Name = "Portfolio" });

        await menu.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Ranking" })).ToBeVisibleAsync();
        await page.Mouse.ClickAsync(700, 500);
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Ranking" })).ToBeHiddenAsync();

        await menu.ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Selection matrix" }).ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/portfolio/matrix", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.Commit });
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("matrix");
    }
}
