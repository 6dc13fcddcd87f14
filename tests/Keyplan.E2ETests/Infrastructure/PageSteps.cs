using Microsoft.Playwright;

namespace Keyplan.E2ETests.Infrastructure;

/// <summary>Steps every browser test takes on the app's pages, whatever the page.</summary>
public static class PageSteps
{
    /// <summary>
    /// Chooses the UI language in the user menu (under the user's name) and waits for the page to come back in it,
    /// interactive: the choice reloads the page.
    /// </summary>
    public static async Task ChooseLanguageAsync(this IPage page, string language)
    {
        await page.Locator("#kp-user-menu-button").ClickAsync();
        await page.Locator("#kp-language").SelectOptionAsync(language);
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", language);
        await page.WaitUntilInteractiveAsync();
    }

    /// <summary>
    /// Opens a page of a top-bar menu ("Portfolio", "Administration"): the menu's links show only once its button is pressed,
    /// and the button answers only once the page is interactive.
    /// </summary>
    public static async Task OpenFromMenuAsync(this IPage page, string menu, string link)
    {
        await page.WaitUntilInteractiveAsync();
        var navigation = page.GetByRole(AriaRole.Navigation, new() { Name = "Main navigation" });
        await navigation.GetByRole(AriaRole.Button, new() { Name = menu, Exact = true }).ClickAsync();
        await navigation.GetByRole(AriaRole.Link, new() { Name = link, Exact = true }).ClickAsync();
    }

    /// <summary>Blazor has attached its interactive renderer; clicks before that are lost.</summary>
    public static Task WaitUntilInteractiveAsync(this IPage page) =>
        page.Locator("[data-interactive='true']").WaitForAsync();
}
