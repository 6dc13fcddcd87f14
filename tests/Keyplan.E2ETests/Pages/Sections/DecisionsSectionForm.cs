using Microsoft.Playwright;

namespace Keyplan.E2ETests.Pages.Sections;

/// <summary>Decision requests for management: request, kind, amount, options and the decision taken.</summary>
public static class DecisionsSectionForm
{
    public const string Key = "decisions";

    /// <summary>Text the stored section contains after FillOneItemAsync.</summary>
    public const string Marker = "Loan machine for the trial at the Leeds plant";

    /// <summary>On the section page of a new, empty full-template plan (already interactive): one approved budget request with one option.</summary>
    public static async Task FillOneItemAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Add decision request" }).ClickAsync();
        await page.GetByLabel("Request (Request 1)", new() { Exact = true }).FillAsync(Marker);
        await page.GetByLabel("Kind (Request 1)", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Budget" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Add option to Request 1" }).ClickAsync();
        await page.GetByLabel("Option 1 (Request 1)", new() { Exact = true }).FillAsync("Lend the machine for three months free of charge");
        await page.GetByLabel("Decision (Request 1)", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Approved" });
    }
}
