using Microsoft.Playwright;

namespace Keyplan.E2ETests.Pages.Sections;

/// <summary>The SWOT with its "so what?" and the top lists (section "swot").</summary>
public static class SwotSectionForm
{
    public const string Key = "swot";

    /// <summary>Text the stored section contains after FillOneItemAsync.</summary>
    public const string Marker = "Competitor offers a cheaper retrofit kit";

    /// <summary>On the section page of a new, empty plan (already interactive): adds a threat with its implication and ranks it as top risk 1.</summary>
    public static async Task FillOneItemAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Add threat" }).ClickAsync();
        await page.GetByLabel("Threat 1", new() { Exact = true }).FillAsync(Marker);
        await page.GetByLabel("So what? (Threat 1)", new() { Exact = true }).FillAsync("We lose the retrofit business unless we bundle service.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Promote Threat 1 to the top risks" }).ClickAsync();
    }
}
