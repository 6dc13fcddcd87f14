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
        await SetShareOfWalletAsync(page, 1, "35");
    }

    /// <summary>Number fields take their value when the user leaves them (the change event), so this leaves the field.</summary>
    public static async Task SetShareOfWalletAsync(IPage page, int competitor, string percent)
    {
        var field = page.GetByLabel($"Estimated share of wallet in % (Our competitor {competitor})", new() { Exact = true });
        await field.FillAsync(percent);
        await field.BlurAsync();
    }
}
