using System.Globalization;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Keyplan.Core.Budget;
using Keyplan.Core.Demo;
using Keyplan.Core.Identity;
using Keyplan.Core.Plans;
using Keyplan.E2ETests.Infrastructure;
using Keyplan.Web.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Keyplan.E2ETests;

/// <summary>A KAM sets the revenue targets of a plan; once it is approved, management sees them in the sales budget and exports it.</summary>
public sealed class BudgetWorkflowTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task KamSetsARevenueTarget_ManagementSeesItInTheBudget_AndExportsIt()
    {
        var account = await app.AccountWithoutPlanAsync(DemoUsers.Kam);
        var planId = await app.CreatePlanAsync(account.Id);
        var kamPage = await app.SignedInPageAsync(DemoUsers.Kam);

        await kamPage.GotoAsync($"plans/{planId}/budget");
        await kamPage.Locator(".kp-save-bar").WaitForAsync();
        await kamPage.WaitUntilInteractiveAsync();
        await kamPage.GetByRole(AriaRole.Button, new() { Name = "Add revenue target" }).ClickAsync();
        // The amount first: a target without one cannot be saved.
        var amount = kamPage.GetByLabel(new Regex(@"^Amount in \w+ \(Target 1\)$"));
        await amount.FillAsync("654321");
        await amount.BlurAsync();
        await kamPage.GetByLabel("Product group (Target 1)").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await kamPage.GetByLabel("Product group (Target 1)").BlurAsync();
        await Assertions.Expect(kamPage.GetByRole(AriaRole.Status).Filter(new() { HasText = "Saved" })).ToBeVisibleAsync();
        Assert.Contains("\"amount\":654321", await app.SectionOnceItContainsAsync(planId, "budget", "654321"), StringComparison.Ordinal);
        await kamPage.AssertAccessibleAsync();

        await app.DbAsync(db => db.Plans.Where(p => p.Id == planId).ExecuteUpdateAsync(s => s.SetProperty(p => p.Status, PlanStatus.Approved)));
        var expected = await ExpectedAsync();
        Assert.Contains(expected.Rows, r => r.KeyAccountTarget >= 654_321m);

        var page = await app.SignedInPageAsync(DemoUsers.Management);
        await page.GetByRole(AriaRole.Link, new() { Name = "Sales budget" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Sales budget", Level = 1 }).WaitForAsync();
        var total = page.Locator(".kp-budget-table tbody tr").Last;
        await Assertions.Expect(total).ToContainTextAsync(Money.Format(expected.Total.Budget, expected.Currency, CultureInfo.GetCultureInfo("en-GB")));
        await Assertions.Expect(page.Locator(".kp-budget-kams")).ToContainTextAsync("Thomas Becker");
        await page.AssertAccessibleAsync();

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Export to Excel" }).ClickAsync());
        var path = Path.Combine(Path.GetTempPath(), $"budget-{Guid.NewGuid():N}.xlsx");
        await download.SaveAsAsync(path);
        try
        {
            Assert.Equal($"Keyplan_sales_budget_{expected.Year}.xlsx", download.SuggestedFilename);
            using var workbook = SpreadsheetDocument.Open(path, isEditable: false);
            Assert.Empty(new OpenXmlValidator().Validate(workbook));
        }
        finally
        {
            File.Delete(path);
        }
    }

    private async Task<SalesBudget> ExpectedAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var management = new CurrentUser("management", "Management", new HashSet<string> { Roles.Management }, null);
        var result = await scope.ServiceProvider.GetRequiredService<GetSalesBudgetHandler>().HandleAsync(new SalesBudgetQuery(), management, CancellationToken.None);
        return result.Value!;
    }
}
