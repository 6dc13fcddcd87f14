using System.Text;
using Keyplan.Core.Demo;
using Keyplan.E2ETests.Infrastructure;
using Keyplan.E2ETests.Pages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Keyplan.E2ETests;

/// <summary>Leadership imports CRM and ERP exports through the wizard in a real browser.</summary>
public sealed class ImportWizardWorkflowTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private static string Sample(string name) => Path.Combine(AppContext.BaseDirectory, "Import", "Samples", name);

    private Task<(int Accounts, int Contacts, int Revenue, int ProductGroups)> CountsAsync() =>
        app.DbAsync(async db => (await db.Accounts.CountAsync(), await db.Contacts.CountAsync(), await db.RevenueRecords.CountAsync(),
            await db.ProductGroups.CountAsync()));

    [Fact]
    public async Task Admin_ImportsTheSampleExports_ThenTheSameFileAgainChangesNothing()
    {
        var page = await app.SignedInPageAsync(DemoUsers.Admin);
        var wizard = new ImportWizardPage(page);
        await wizard.OpenFromNavigationAsync();
        await page.AssertAccessibleAsync();

        await wizard.UploadAsync("Accounts", Sample("salesforce-accounts.csv"));
        await Assertions.Expect(page.GetByText("recognised as Salesforce")).ToBeVisibleAsync();
        await Assertions.Expect(wizard.ColumnFor("Account name")).ToHaveValueAsync("Name");
        await Assertions.Expect(wizard.ColumnFor("Parent account's record ID")).ToHaveValueAsync("ParentId");
        await wizard.ColumnFor("Description").SelectOptionAsync("Name");
        await page.GetByRole(AriaRole.Button, new() { Name = "Check the rows" }).ClickAsync();
        await Assertions.Expect(wizard.Errors).ToContainTextAsync("Column Name is chosen for several fields (Account name, Description)");
        await wizard.ColumnFor("Description").SelectOptionAsync("Description");
        await page.GetByLabel("Save this mapping as").FillAsync("Salesforce accounts (E2E)");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save mapping" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Mapping “Salesforce accounts (E2E)” saved.")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await wizard.CheckRowsAsync();
        await Assertions.Expect(wizard.Count("Rows")).ToHaveTextAsync("40");
        await Assertions.Expect(wizard.Count("Rows with problems")).ToHaveTextAsync("0");
        await Assertions.Expect(page.GetByText("Every row can be imported.")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await wizard.CommitAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Open the accounts" })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();

        await wizard.ImportAnotherAsync();
        await wizard.UploadAsync("Contacts", Sample("salesforce-contacts.csv"));
        await wizard.CheckRowsAsync();
        await Assertions.Expect(wizard.Count("Rows")).ToHaveTextAsync("211");
        await Assertions.Expect(wizard.Count("New")).ToHaveTextAsync("211");
        await wizard.CommitAsync();

        await wizard.ImportAnotherAsync();
        await wizard.UploadAsync("Revenue", Sample("erp-umsatz-2023-2025.csv"));
        await Assertions.Expect(page.GetByText("recognised as an ERP export")).ToBeVisibleAsync();
        await wizard.CheckRowsAsync();
        await Assertions.Expect(wizard.Count("Rows")).ToHaveTextAsync("453");
        await Assertions.Expect(wizard.Count("Rows with problems")).ToHaveTextAsync("0");
        await Assertions.Expect(page.GetByText("Product groups that will be created: Antriebe, Ersatzteile, Sensorik, Service, Steuerungen")).ToBeVisibleAsync();
        await wizard.CommitAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Open the portfolio ranking" })).ToBeVisibleAsync();

        var imported = await app.DbAsync(async db => new
        {
            Accounts = await db.Accounts.CountAsync(a => a.SourceSystem == "Salesforce"),
            Contacts = await db.Contacts.CountAsync(c => c.SourceSystem == "Salesforce"),
            Revenue = await db.RevenueRecords.CountAsync(r => r.Account!.SourceSystem == "Salesforce" && r.ProductGroup!.Name == "Antriebe"),
        });
        Assert.Equal((40, 211), (imported.Accounts, imported.Contacts));
        Assert.True(imported.Revenue > 0);
        var before = await CountsAsync();

        // The same export again, with the mapping saved above: every record is matched, none is new or changed.
        await wizard.ImportAnotherAsync();
        await wizard.UploadAsync("Accounts", Sample("salesforce-accounts.csv"));
        await page.GetByLabel("Saved mapping").SelectOptionAsync("Salesforce accounts (E2E)");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply mapping" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Mapping “Salesforce accounts (E2E)” applied.")).ToBeVisibleAsync();
        await wizard.CheckRowsAsync();
        await Assertions.Expect(wizard.Count("New")).ToHaveTextAsync("0");
        await Assertions.Expect(wizard.Count("Updated")).ToHaveTextAsync("0");
        await Assertions.Expect(wizard.Count("Unchanged")).ToHaveTextAsync("40");
        await wizard.CommitAsync();
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task Management_UploadsABrokenFile_SeesEachRowsProblem_AndCannotImportIt()
    {
        var file = Path.Combine(Path.GetTempPath(), $"broken-revenue-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(file, string.Join("\r\n",
            "Kundennummer;Geschäftsjahr;Warengruppe;Umsatz EUR;Deckungsbeitrag EUR",
            "K-99999;2024;Sensors;1.000,00;100,00",
            "K-99998;2024;Drives;fünf;100,00",
            "K-99997;20x5;Sensors;1.000,00;100,00") + "\r\n", new UTF8Encoding(false));
        var before = await CountsAsync();
        var page = await app.SignedInPageAsync(DemoUsers.Management);
        var wizard = new ImportWizardPage(page);

        try
        {
            await wizard.OpenFromNavigationAsync();
            await wizard.UploadAsync("Revenue", file);
            await wizard.CheckRowsAsync();

            await Assertions.Expect(wizard.Count("Rows with problems")).ToHaveTextAsync("3");
            var problems = await wizard.ProblemsAsync();
            Assert.Contains(("2", "Kundennummer"), problems.Select(p => (p.Row, p.Column)));
            Assert.Contains(("3", "Umsatz EUR", "\"fünf\" is not a number."), problems);
            Assert.Contains(("4", "Geschäftsjahr"), problems.Select(p => (p.Row, p.Column)));
            Assert.All(problems, p => Assert.False(string.IsNullOrWhiteSpace(p.Reason)));
            await Assertions.Expect(wizard.CommitButton).ToBeDisabledAsync();
            await Assertions.Expect(page.GetByText("This file cannot be imported as it is")).ToBeVisibleAsync();
            await page.AssertAccessibleAsync();
            Assert.Equal(before, await CountsAsync());
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task RowsWithProblems_BlockTheImport_UntilTheUserChoosesToSkipThem()
    {
        var file = Path.Combine(Path.GetTempPath(), $"partly-broken-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(file, string.Join("\r\n",
            "Record ID,Account name,Country",
            "E2E-SKIP-1,Skip Test Good GmbH,DE",
            "E2E-SKIP-2,Skip Test Bad GmbH,Atlantis") + "\r\n", new UTF8Encoding(false));
        var page = await app.SignedInPageAsync(DemoUsers.Bam);
        var wizard = new ImportWizardPage(page);

        try
        {
            await wizard.OpenFromNavigationAsync();
            await wizard.UploadAsync("Accounts", file);
            await Assertions.Expect(page.GetByText("recognised as a Keyplan template")).ToBeVisibleAsync();
            await wizard.CheckRowsAsync();
            await Assertions.Expect(wizard.ProblemsTable.Locator("tbody tr")).ToHaveCountAsync(1);
            await Assertions.Expect(wizard.CommitButton).ToBeDisabledAsync();

            await wizard.SkipInvalidRows.CheckAsync();
            await wizard.CommitAsync();

            var names = await app.DbAsync(db => db.Accounts.Where(a => a.Name.StartsWith("Skip Test")).Select(a => a.Name).ToListAsync());
            Assert.Equal(["Skip Test Good GmbH"], names);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
