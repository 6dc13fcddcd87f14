using Microsoft.Playwright;

namespace Keyplan.E2ETests.Pages.Sections;

/// <summary>The strategic objectives (section "objectives").</summary>
public static class ObjectivesSectionForm
{
    public const string Key = "objectives";

    /// <summary>Text the stored section contains after FillOneItemAsync.</summary>
    public const string Marker = "Win the drives retrofit of plant 2";

    /// <summary>On the section page of a plan without objectives (already interactive): adds a SMART objective.</summary>
    public static async Task FillOneItemAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Add objective" }).ClickAsync();
        await page.Locator("#objective-0-title").FillAsync(Marker);
        await page.Locator("#objective-0-measure").SelectOptionAsync(new SelectOptionValue { Label = "Revenue" });
        await page.Locator("#objective-0-target").FillAsync("250000");
        await page.Locator("#objective-0-target").BlurAsync();
        await page.Locator("#objective-0-due").FillAsync("2026-12-31");
    }
}
