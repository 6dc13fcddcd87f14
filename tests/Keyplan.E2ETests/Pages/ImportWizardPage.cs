using Keyplan.E2ETests.Infrastructure;
using Microsoft.Playwright;

namespace Keyplan.E2ETests.Pages;

/// <summary>The import wizard: file → columns → preview → result.</summary>
public sealed class ImportWizardPage(IPage page)
{
    public ILocator StepHeading => page.GetByRole(AriaRole.Heading, new() { Level = 2 }).First;

    public ILocator ProblemsTable => page.GetByRole(AriaRole.Table, new() { Name = "Problems" });

    public ILocator CommitButton => page.GetByRole(AriaRole.Button, new() { Name = "Import", Exact = true });

    public ILocator SkipInvalidRows => page.GetByLabel("Skip the", new() { Exact = false });

    public ILocator Errors => page.GetByRole(AriaRole.Alert);

    public async Task OpenFromNavigationAsync()
    {
        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Import", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/imports", new() { WaitUntil = WaitUntilState.Commit });
        await page.GetByRole(AriaRole.Heading, new() { Name = "Import accounts, contacts and revenue", Level = 1 }).WaitForAsync();
        await page.WaitUntilInteractiveAsync();
    }

    /// <summary>Chooses the kind and the file, uploads it and waits for the column mapping.</summary>
    public async Task UploadAsync(string kind, string path)
    {
        await page.GetByLabel(kind, new() { Exact = true }).CheckAsync();
        await page.GetByLabel("File (CSV or Excel").SetInputFilesAsync(path);
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload and continue" }).ClickAsync();
        await Assertions.Expect(StepHeading).ToHaveTextAsync("Match the columns");
    }

    /// <summary>The column picked for a field (the field's label in the mapping table).</summary>
    public ILocator ColumnFor(string field) => page.GetByLabel(field, new() { Exact = true });

    public async Task CheckRowsAsync()
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Check the rows" }).ClickAsync();
        await Assertions.Expect(StepHeading).ToHaveTextAsync("Check the rows", new() { Timeout = 60_000 });
    }

    /// <summary>A count of the preview or the result, by its term ("Rows", "New", "Updated", "Unchanged", "Rows with problems").</summary>
    public ILocator Count(string term) =>
        page.Locator(".kp-import-counts div").Filter(new() { Has = page.Locator("dt", new() { HasTextRegex = new System.Text.RegularExpressions.Regex($"^{term}$") }) }).Locator("dd");

    public async Task CommitAsync()
    {
        await CommitButton.ClickAsync();
        await Assertions.Expect(StepHeading).ToHaveTextAsync("Result", new() { Timeout = 60_000 });
    }

    public async Task ImportAnotherAsync()
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Import another file" }).ClickAsync();
        await Assertions.Expect(StepHeading).ToHaveTextAsync("Choose the file");
    }

    /// <summary>The problems table's rows as (row, column, reason).</summary>
    public async Task<IReadOnlyList<(string Row, string Column, string Reason)>> ProblemsAsync()
    {
        var rows = ProblemsTable.Locator("tbody tr");
        var result = new List<(string, string, string)>();
        for (var i = 0; i < await rows.CountAsync(); i++)
        {
            var cells = await rows.Nth(i).Locator("td").AllInnerTextsAsync();
            result.Add((cells[0].Trim(), cells[1].Trim(), cells[2].Trim()));
        }

        return result;
    }
}
