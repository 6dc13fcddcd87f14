using Microsoft.Playwright;

namespace Keyplan.E2ETests.Pages.Sections;

/// <summary>The communication plan: who is informed, with what, how, how often and by whom.</summary>
public static class CommunicationSectionForm
{
    public const string Key = "communication";

    /// <summary>Text the stored section contains after FillOneItemAsync.</summary>
    public const string Marker = "Quarterly delivery performance and open projects";

    /// <summary>On the section page of a new, empty full-template plan (already interactive): one external, quarterly report by a team member.</summary>
    public static async Task FillOneItemAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Add communication" }).ClickAsync();
        // The content first: an entry without it cannot be saved.
        await page.GetByLabel("Content (Entry 1)", new() { Exact = true }).FillAsync(Marker);
        await page.GetByLabel("Audience (Entry 1)", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "External" });
        await page.GetByLabel("Stakeholder (Entry 1)", new() { Exact = true }).FillAsync("Purchasing team");
        await page.GetByLabel("Form (Entry 1)", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Report" });
        await page.GetByLabel("How often (Entry 1)", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Quarterly" });
        await page.GetByLabel("By whom (Entry 1)", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Index = 1 });
    }
}
