using Microsoft.Playwright;

namespace Keyplan.E2ETests.Pages.Sections;

/// <summary>The value chain and requirements form (section "valueChain").</summary>
public static class ValueChainSectionForm
{
    public const string Key = "valueChain";

    /// <summary>Text the stored section contains after FillOneItemAsync.</summary>
    public const string Marker = "Engineering and design";

    /// <summary>On the section page of a new, empty full-template plan (already interactive): fills at least one item.</summary>
    public static Task FillOneItemAsync(IPage page) =>
        AddStageAsync(page, 1, Marker, "Every line is programmed almost from scratch");

    /// <summary>Adds a stage at the end (it becomes stage <paramref name="number"/>) with its name and pain points.</summary>
    public static async Task AddStageAsync(IPage page, int number, string name, string painPoints)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Add stage", Exact = true }).ClickAsync();
        await page.GetByLabel($"Name (Stage {number})", new() { Exact = true }).FillAsync(name);
        await page.GetByLabel($"Pain points (Stage {number})", new() { Exact = true }).FillAsync(painPoints);
    }

    public static Task MoveUpAsync(IPage page, int number, string name) =>
        page.GetByRole(AriaRole.Button, new() { Name = $"Move Stage {number}: {name} up", Exact = true }).ClickAsync();
}
