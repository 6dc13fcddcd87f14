using Microsoft.Playwright;

namespace Keyplan.E2ETests.Pages.Sections;

/// <summary>The visit and contact plan (section "visits").</summary>
public static class VisitsSectionForm
{
    public const string Key = "visits";

    /// <summary>Text the stored section contains after FillOneItemAsync.</summary>
    public const string Marker = "Agree the retrofit schedule";

    /// <summary>On the section page of a plan without visits (already interactive): sets the target and plans a visit.</summary>
    public static async Task FillOneItemAsync(IPage page)
    {
        await page.GetByLabel("Target visits per year", new() { Exact = true }).FillAsync("12");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add visit" }).ClickAsync();
        await page.GetByLabel("Date (Visit 1)", new() { Exact = true }).FillAsync("2026-12-03");
        await page.GetByLabel("Goal (Visit 1)", new() { Exact = true }).FillAsync(Marker);
    }
}
