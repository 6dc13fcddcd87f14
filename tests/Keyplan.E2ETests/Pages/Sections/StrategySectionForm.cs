using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Keyplan.E2ETests.Pages.Sections;

/// <summary>The strategy section: for each strategic objective what we sell, to whom, with which arguments, channel and conditions.</summary>
public static partial class StrategySectionForm
{
    public const string Key = "strategy";

    /// <summary>Text the stored section contains after <see cref="FillOneItemAsync"/>.</summary>
    public const string Marker = "FLEX controller platform with the software library";

    /// <summary>
    /// On the section page of a new, empty full-template plan (already interactive): fills at least one item. A strategy
    /// entry always belongs to an objective, so on a plan without objectives this first follows the page's link to the
    /// objectives section, adds one there (<see cref="ObjectivesSectionForm.FillOneItemAsync"/>), waits until it is saved
    /// and comes back.
    /// </summary>
    public static async Task FillOneItemAsync(IPage page)
    {
        var toObjectives = page.GetByRole(AriaRole.Link, new() { Name = "Set the objectives first" });
        if (await toObjectives.IsVisibleAsync())
        {
            await toObjectives.ClickAsync();
            await ObjectivesSectionForm.FillOneItemAsync(page);
            await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Saved" })).ToBeVisibleAsync();
            await page.GetByRole(AriaRole.Navigation, new() { Name = "Plan steps" }).GetByRole(AriaRole.Link, new() { Name = "Strategy", Exact = true }).ClickAsync();
        }

        await page.GetByRole(AriaRole.Button, new() { NameRegex = AddStrategy() }).First.ClickAsync();
        await page.GetByLabel("What we sell (Strategy 1.1)", new() { Exact = true }).FillAsync(Marker);
    }

    [GeneratedRegex("^Add strategy for ")]
    private static partial Regex AddStrategy();
}
