using Microsoft.Playwright;

namespace Keyplan.E2ETests.Pages.Sections;

/// <summary>The customer profile form (section "profile").</summary>
public static class ProfileSectionForm
{
    public const string Key = "profile";

    /// <summary>Text the stored section contains after FillOneItemAsync.</summary>
    public const string Marker = "Cut commissioning time from eight to five weeks";

    /// <summary>On the section page of a new, empty full-template plan (already interactive): fills at least one item.</summary>
    public static async Task FillOneItemAsync(IPage page)
    {
        await page.GetByLabel("Business model", new() { Exact = true }).FillAsync("Builds custom assembly lines for automotive suppliers");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add goal", Exact = true }).ClickAsync();
        await page.GetByLabel("Goal 1", new() { Exact = true }).FillAsync(Marker);
    }

    /// <summary>The checkbox of one of the account's contacts in the primary contacts group.</summary>
    public static ILocator PrimaryContact(IPage page, string name) =>
        page.GetByRole(AriaRole.Group, new() { Name = "Primary contacts" }).GetByRole(AriaRole.Checkbox, new() { Name = name });
}
