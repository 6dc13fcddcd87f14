using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Keyplan.E2ETests.Pages.Sections;

/// <summary>The budget and cost plan: other sales costs against the planned contribution margin.</summary>
public static partial class BudgetSectionForm
{
    public const string Key = "budget";

    /// <summary>Text the stored section contains after FillOneItemAsync.</summary>
    public const string Marker = "Stand at the open house in Leeds";

    /// <summary>On the section page of a new, empty full-template plan (already interactive): one sales cost of 2,500 and a margin of 50,000.</summary>
    public static async Task FillOneItemAsync(IPage page)
    {
        await page.GetByLabel(PlannedMargin()).FillAsync("50000");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add sales cost" }).ClickAsync();
        // The amount first: a cost line without one cannot be saved.
        await page.GetByLabel(Amount()).FillAsync("2500");
        await page.GetByLabel("Category (Cost 1)", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Events" });
        await page.GetByLabel("Description (Cost 1)", new() { Exact = true }).FillAsync(Marker);
        await page.GetByLabel("Description (Cost 1)", new() { Exact = true }).BlurAsync();
    }

    [GeneratedRegex(@"^Planned contribution margin in \w+$")]
    private static partial Regex PlannedMargin();

    [GeneratedRegex(@"^Amount in \w+ \(Cost 1\)$")]
    private static partial Regex Amount();
}
