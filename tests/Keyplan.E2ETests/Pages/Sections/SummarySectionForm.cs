using Microsoft.Playwright;

namespace Keyplan.E2ETests.Pages.Sections;

/// <summary>The management summary (section "summary").</summary>
public static class SummarySectionForm
{
    public const string Key = "summary";

    /// <summary>Text the stored section contains after FillOneItemAsync.</summary>
    public const string Marker = "Become the preferred automation partner for the new line.";

    /// <summary>On the section page of a new, empty plan (already interactive): writes the summary.</summary>
    public static Task FillOneItemAsync(IPage page) =>
        page.GetByLabel("Management summary", new() { Exact = true }).FillAsync(Marker);
}
