using Microsoft.Playwright;

namespace Keyplan.E2ETests.Pages.Sections;

/// <summary>The action plan (section "actions").</summary>
public static class ActionsSectionForm
{
    public const string Key = "actions";

    /// <summary>Text the stored section contains after FillOneItemAsync.</summary>
    public const string Marker = "Workshop on the new packing line with the plant manager";

    /// <summary>On the section page of a plan without actions (already interactive): adds an action with an owner.</summary>
    public static async Task FillOneItemAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Add action" }).ClickAsync();
        await page.GetByLabel("Title (Action 1)", new() { Exact = true }).FillAsync(Marker);
        await page.GetByLabel("Owner (Action 1)", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Index = 1 });
    }
}
