using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Keyplan.E2ETests.Pages.Sections;

/// <summary>The customer history and financials form (section "history").</summary>
public static partial class HistorySectionForm
{
    public const string Key = "history";

    /// <summary>Text the stored section contains after FillOneItemAsync (plain ASCII: the stored JSON escapes quotes and apostrophes).</summary>
    public const string Marker = "Supplier rating by central purchasing";

    /// <summary>On the section page of a new, empty full-template plan (already interactive): fills at least one item.</summary>
    public static async Task FillOneItemAsync(IPage page)
    {
        // Number fields take their value when the user leaves them (the change event).
        var volume = page.GetByLabel(AnyVolume()).First;
        await volume.FillAsync("2500000");
        await volume.BlurAsync();
        await page.GetByLabel("Stage of the relationship", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Partnership" });
        await page.GetByLabel("Source of the satisfaction score", new() { Exact = true }).FillAsync(Marker);
    }

    /// <summary>The customer's total purchase volume in one year of the table.</summary>
    public static ILocator Volume(IPage page, int year) => page.GetByLabel(new Regex($"^Total purchase volume {year}\\b"));

    /// <summary>The table row of one year (volume, our revenue, margin, share of wallet).</summary>
    public static ILocator YearRow(IPage page, int year) =>
        page.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Rowheader, new() { Name = year.ToString(System.Globalization.CultureInfo.InvariantCulture), Exact = true }) });

    [GeneratedRegex("^Total purchase volume \\d{4}\\b")]
    private static partial Regex AnyVolume();
}
