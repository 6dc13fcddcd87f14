using Microsoft.Playwright;

namespace Keyplan.E2ETests.Pages.Sections;

/// <summary>The KPI scorecard: KPIs with a target and an actual per review period.</summary>
public static class KpisSectionForm
{
    public const string Key = "kpis";

    /// <summary>Text the stored section contains after FillOneItemAsync.</summary>
    public const string Marker = "Joint workshops with the plant engineers";

    /// <summary>On the section page of a new, empty full-template plan (already interactive): one KPI with a target of 12 and an actual of 4 in the first review period.</summary>
    public static async Task FillOneItemAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Add KPI", Exact = true }).ClickAsync();
        await page.GetByLabel("Name (KPI 1)", new() { Exact = true }).FillAsync(Marker);
        await page.GetByLabel("Target (KPI 1)", new() { Exact = true }).FillAsync("12");
        await page.GetByLabel("Unit (KPI 1)", new() { Exact = true }).FillAsync("workshops");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add period to KPI 1" }).ClickAsync();
        await page.GetByLabel("Actual (KPI 1, period 1)", new() { Exact = true }).FillAsync("4");
        // A number field takes its value when it is left.
        await page.GetByLabel("Actual (KPI 1, period 1)", new() { Exact = true }).BlurAsync();
    }
}
