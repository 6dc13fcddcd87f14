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

    /// <summary>Blazor has attached its interactive renderer; clicks before that are lost.</summary>
    public static Task WaitUntilInteractiveAsync(this IPage page) =>
        page.Locator("[data-interactive='true']").WaitForAsync();
}
