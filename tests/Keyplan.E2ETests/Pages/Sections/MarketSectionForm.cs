using Microsoft.Playwright;

namespace Keyplan.E2ETests.Pages.Sections;

/// <summary>The market and competition form (section "market").</summary>
public static class MarketSectionForm
{
    public const string Key = "market";

    /// <summary>Text the stored section contains after FillOneItemAsync.</summary>
    public const string Marker = "Baxwell Drive Systems";

    /// <summary>On the section page of a new, empty full-template plan (already interactive): fills at least one item.</summary>
    public static async Task FillOneItemAsync(IPage page)
    {
        await page.GetByLabel("Market position", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Challenger" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Add our competitor", Exact = true }).ClickAsync();
        await page.GetByLabel("Name (Our competitor 1)", new() { Exact = true }).FillAsync(Marker);
        await page.GetByLabel("Estimated share of wallet in % (Our competitor 1)", new() { Exact = true }).FillAsync("35");
    }
}
