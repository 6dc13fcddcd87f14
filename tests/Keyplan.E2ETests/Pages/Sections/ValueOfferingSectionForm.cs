using Microsoft.Playwright;

namespace Keyplan.E2ETests.Pages.Sections;

/// <summary>The added-value offering: value-added services with their status, and the commitments of both sides.</summary>
public static class ValueOfferingSectionForm
{
    public const string Key = "valueOffering";

    /// <summary>Text the stored section contains after <see cref="FillOneItemAsync"/>.</summary>
    public const string Marker = "Consignment stock of spare drives at the Bielefeld plant";

    /// <summary>On the section page of a new, empty full-template plan (already interactive): fills at least one item.</summary>
    public static async Task FillOneItemAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Add service" }).ClickAsync();
        await page.GetByLabel("Name (Service 1)", new() { Exact = true }).FillAsync(Marker);
    }
}
