using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Keyplan.E2ETests.Pages.Sections;

/// <summary>The potential and whitespace section: the customer's growth, the whitespace grid with potentials, the activities.</summary>
public static partial class PotentialSectionForm
{
    public const string Key = "potential";

    /// <summary>Text the stored section contains after <see cref="FillOneItemAsync"/>.</summary>
    public const string Marker = "Second battery assembly plant planned for 2027";

    /// <summary>On the section page of a new, empty full-template plan (already interactive): fills at least one item.</summary>
    public static async Task FillOneItemAsync(IPage page)
    {
        await StateOf(page, 0).SelectOptionAsync(new SelectOptionValue { Label = "Opportunity" });
        await OpportunityValueOf(page, 0).FillAsync("125000");
        // Number inputs take their value when the user leaves them.
        await OpportunityValueOf(page, 0).PressAsync("Tab");
        await page.GetByLabel("The customer's growth and goals", new() { Exact = true }).FillAsync(Marker);
    }

    /// <summary>The state select of the n-th cell of the grid (row by row).</summary>
    public static ILocator StateOf(IPage page, int cell) => page.GetByRole(AriaRole.Combobox, new() { NameRegex = StateName() }).Nth(cell);

    /// <summary>The n-th opportunity value input that is shown (only opportunity cells have one).</summary>
    public static ILocator OpportunityValueOf(IPage page, int index) => page.GetByLabel(OpportunityValueName()).Nth(index);

    /// <summary>The n-th potential input of the grid (row by row).</summary>
    public static ILocator PotentialOf(IPage page, int cell) => page.GetByLabel(PotentialName()).Nth(cell);

    /// <summary>The state select of the cell of a row and product group, by their names.</summary>
    public static ILocator StateAt(IPage page, string row, string productGroup) =>
        page.GetByRole(AriaRole.Combobox, new() { Name = $"Whitespace ({row} – {productGroup})", Exact = true });

    [GeneratedRegex(@"^Whitespace \(")]
    private static partial Regex StateName();

    [GeneratedRegex(@"^Opportunity value in ")]
    private static partial Regex OpportunityValueName();

    [GeneratedRegex(@"^Potential in ")]
    private static partial Regex PotentialName();
}
