using System.Net;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Keyplan.Core.Accounts;
using Keyplan.Core.Budget;
using Keyplan.Core.Demo;
using Keyplan.Core.Plans;
using Keyplan.IntegrationTests.Accounts;
using Keyplan.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Keyplan.IntegrationTests.Budget;

/// <summary>
/// GET /api/budget and its exports against sums computed by hand, once per database provider. The tests budget years
/// after 2090, which no demo data reaches, each its own (they share a database), so every figure is one the test made.
/// </summary>
public abstract class BudgetApiTests(KeyplanApp app)
{

    /// <summary>
    /// Approved: A (targets G1 300,000 and G2 100,000; revenue last year G1 250,000; this year G1 120,000).
    /// Not approved: B (a draft with a target of 999, which must not count; its 50,000 last year is "other accounts").
    /// No plan: C (G2 80,000 last year). So G1: target 300,000 + other 50,000 = 350,000; G2: 100,000 + 80,000 = 180,000.
    /// </summary>
    [Fact]
    public async Task Budget_AddsUpTheApprovedPlansTargetsBesideLastYearsRevenue()
    {
        const int Year = 2090;
        using var bam = await app.ClientForAsync(DemoUsers.Bam);
        var (g1, g2) = (await app.ProductGroupIdAsync(0), await app.ProductGroupIdAsync(1));
        var a = await NewAccountAsync(bam, "Budget A");
        await RevenueAsync(bam, a, (Year - 1, g1, 250_000m), (Year, g1, 120_000m));
        var planA = await PlanAsync(bam, a, Year, $$"""{"revenueTargets":[{"productGroupId":{{g1}},"amount":300000},{"productGroupId":{{g2}},"amount":100000}]}""");
        await ObjectiveWithKpiAsync(bam, planA, new DateOnly(Year, 6, 30), target: 100m, actual: 50m);
        var b = await NewAccountAsync(bam, "Budget B");
        await RevenueAsync(bam, b, (Year - 1, g1, 50_000m));
        await PlanAsync(bam, b, Year, $$"""{"revenueTargets":[{"productGroupId":{{g1}},"amount":999}]}""");
        var c = await NewAccountAsync(bam, "Budget C");
        await RevenueAsync(bam, c, (Year - 1, g2, 80_000m));
        await ApproveAsync(planA);

        var budget = await (await bam.GetAsync($"/api/budget?year={Year}")).ReadAsync<SalesBudget>();

        var area = await app.BusinessAreaOfAsync(DemoUsers.Bam);
        Assert.Equal(1, budget.ApprovedPlans);
        var rows = budget.Rows.OrderBy(r => r.ProductGroupId == g1 ? 0 : 1).ToList();
        Assert.Equal(
            [(area, g1, 300_000m, 250_000m, 50_000m, 350_000m), (area, g2, 100_000m, 0m, 80_000m, 180_000m)],
            rows.Select(r => (r.BusinessAreaId, r.ProductGroupId, r.KeyAccountTarget, r.KeyAccountLastYear, r.OtherAccountsLastYear, r.Budget)));
        Assert.Equal(0.1667m, rows[0].Change); // 350,000 against 300,000 last year
        Assert.Equal((400_000m, 250_000m, 130_000m, 530_000m), (budget.Total.KeyAccountTarget, budget.Total.KeyAccountLastYear, budget.Total.OtherAccountsLastYear, budget.Total.Budget));
        Assert.Equal(budget.Total, Assert.Single(budget.BusinessAreaTotals) with { BusinessAreaId = null, BusinessAreaName = null });

        var kam = Assert.Single(budget.Kams);
        Assert.Equal(await app.UserIdAsync(DemoUsers.Kam), kam.UserId);
        Assert.Equal((1, 400_000m, 120_000m, 0.3m, 1, 1, 0.5m),
            (kam.Plans, kam.RevenueTarget, kam.RevenueActual, kam.RevenueAttainment, kam.Objectives, kam.ObjectivesMeasured, kam.ObjectiveAttainment));
    }

    [Fact]
    public async Task Budget_ShowsABusinessAreaManagerOnlyTheirAreaAndIsRefusedToKeyAccountManagers()
    {
        const int Year = 2091;
        using var admin = await app.ClientForAsync(DemoUsers.Admin);
        using var bam = await app.ClientForAsync(DemoUsers.Bam);
        var group = await app.ProductGroupIdAsync(2);
        var elsewhere = await NewAccountAsync(admin, "Budget elsewhere", await app.BusinessAreaOfAsync(DemoUsers.Kam2), DemoUsers.Kam2);
        await RevenueAsync(admin, elsewhere, (Year - 1, group, 70_000m));

        var adminView = await (await admin.GetAsync($"/api/budget?year={Year}")).ReadAsync<SalesBudget>();
        var bamView = await (await bam.GetAsync($"/api/budget?year={Year}")).ReadAsync<SalesBudget>();
        using var kam = await app.ClientForAsync(DemoUsers.Kam);
        using var team = await app.ClientForAsync(DemoUsers.Team);

        Assert.Contains(adminView.Rows, r => r.ProductGroupId == group && r.OtherAccountsLastYear == 70_000m);
        Assert.DoesNotContain(bamView.Rows, r => r.BusinessAreaId == adminView.Rows.Single(x => x.OtherAccountsLastYear == 70_000m).BusinessAreaId);
        Assert.Equal(HttpStatusCode.Forbidden, (await kam.GetAsync("/api/budget")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await team.GetAsync("/api/budget/export")).StatusCode);
        var invalid = await admin.GetAsync("/api/budget?year=1200");
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Contains("year", (await invalid.ValidationErrorsAsync()).Keys);
        var badFormat = await admin.GetAsync("/api/budget/export?format=pdf");
        Assert.Contains("format", (await badFormat.ValidationErrorsAsync()).Keys);
    }

    /// <summary>A product group whose name an attacker made a formula: the exports keep it as text.</summary>
    [Fact]
    public async Task BudgetExports_AreValidAndWriteFormulaLikeTextAsText()
    {
        const int Year = 2092;
        using var admin = await app.ClientForAsync(DemoUsers.Admin);
        const string formula = "=HYPERLINK(\"http://127.0.0.1/x\",\"click\")";
        var group = await app.ProductGroupIdAsync(3);
        await app.DbAsync(db => db.ProductGroups.Where(g => g.Id == group).ExecuteUpdateAsync(s => s.SetProperty(g => g.Name, formula)));
        var account = await NewAccountAsync(admin, "Budget export");
        await RevenueAsync(admin, account, (Year - 1, group, 1_234.5m));

        var xlsx = await admin.GetAsync($"/api/budget/export?year={Year}&format=xlsx");
        using var german = await app.ClientForAsync(DemoUsers.Admin);
        german.DefaultRequestHeaders.AcceptLanguage.ParseAdd("de-DE");
        var csv = await german.GetAsync($"/api/budget/export?year={Year}&format=csv");

        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        Assert.Equal($"Keyplan_sales_budget_{Year}.xlsx", xlsx.Content.Headers.ContentDisposition?.FileNameStar ?? xlsx.Content.Headers.ContentDisposition?.FileName);
        using var workbook = SpreadsheetDocument.Open(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()), isEditable: false);
        Assert.Empty(new OpenXmlValidator().Validate(workbook));
        var cells = workbook.WorkbookPart!.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<Cell>()).ToList();
        Assert.DoesNotContain(cells, c => c.CellFormula is not null);
        Assert.Contains(cells, c => c.DataType?.Value == CellValues.InlineString && c.InnerText == formula);
        Assert.Contains(cells, c => c.DataType?.Value == CellValues.Number && c.CellValue?.Text == "1234.5");

        var text = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync());
        Assert.StartsWith("\uFEFFGeschäftsbereich;Produktgruppe;", text, StringComparison.Ordinal);
        Assert.Contains("'=HYPERLINK", text, StringComparison.Ordinal);
        Assert.Contains(";1234,50;", text, StringComparison.Ordinal);
    }

    /// <summary>An approved plan edited afterwards is a draft of version 2; its approved version stays the budget's reference.</summary>
    [Fact]
    public async Task Budget_KeepsTheApprovedVersionsTargets_WhileThePlanIsEditedAgain()
    {
        const int Year = 2093;
        using var bam = await app.ClientForAsync(DemoUsers.Bam);
        using var kam = await app.ClientForAsync(DemoUsers.Kam);
        var group = await app.ProductGroupIdAsync(0);
        var account = await NewAccountAsync(bam, "Budget reference");
        var plan = await PlanAsync(bam, account, Year, $$"""{"revenueTargets":[{"productGroupId":{{group}},"amount":100000}]}""");
        (await kam.PostAsync($"/api/plans/{plan}/submit", null)).EnsureSuccessStatusCode();
        (await bam.PostAsync($"/api/plans/{plan}/approve", null)).EnsureSuccessStatusCode();

        await kam.SaveSectionAsync(plan, "budget", $$"""{"revenueTargets":[{"productGroupId":{{group}},"amount":999999}]}""");
        var budget = await (await bam.GetAsync($"/api/budget?year={Year}")).ReadAsync<SalesBudget>();

        Assert.Equal(PlanStatus.Draft, await app.DbAsync(db => db.Plans.Where(p => p.Id == plan).Select(p => p.Status).SingleAsync()));
        Assert.Equal(1, budget.ApprovedPlans);
        Assert.Equal(100_000m, budget.Total.KeyAccountTarget);
    }

    private async Task<int> NewAccountAsync(HttpClient client, string name, int? businessAreaId = null, string kamEmail = DemoUsers.Kam)
    {
        var area = businessAreaId ?? await app.BusinessAreaOfAsync(DemoUsers.Bam);
        var account = await (await client.PostJsonAsync("/api/accounts", new AccountBuilder().InBusinessArea(area)
            .WithKeyAccountManager(await app.UserIdAsync(kamEmail))
            .With(a => a.Name = $"{name} {Guid.NewGuid():N}"[..30]).Build())).ReadAsync<AccountDetails>();
        return account.Id;
    }

    private static async Task RevenueAsync(HttpClient client, int accountId, params (int Year, int ProductGroupId, decimal Revenue)[] rows)
    {
        foreach (var (year, productGroupId, revenue) in rows)
        {
            var response = await client.PostJsonAsync($"/api/accounts/{accountId}/revenue",
                new RevenueInput { Year = year, ProductGroupId = productGroupId, Revenue = revenue, ContributionMargin = 0m });
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        }
    }

    private static async Task<int> PlanAsync(HttpClient client, int accountId, int year, string budgetSection)
    {
        var response = await client.PostJsonAsync("/api/plans", new CreatePlanRequest { AccountId = accountId, FiscalYear = year });
        var plan = await response.ReadAsync<PlanDetails>();
        await client.SaveSectionAsync(plan.Id, "budget", budgetSection);
        return plan.Id;
    }

    private static async Task ObjectiveWithKpiAsync(HttpClient client, int planId, DateOnly periodEnd, decimal target, decimal actual)
    {
        var objective = Guid.NewGuid();
        await client.SaveSectionAsync(planId, "objectives",
            $$"""{"objectives":[{"id":"{{objective}}","title":"More visits","measure":"VisitFrequency","target":{{target}},"unit":"visits"}]}""");
        await client.SaveSectionAsync(planId, "kpis",
            $$"""{"kpis":[{"name":"Visits","objectiveId":"{{objective}}","unit":"visits","actuals":[{"periodEnd":"{{periodEnd:yyyy-MM-dd}}","actual":{{actual}}}]}]}""");
    }

    /// <summary>Sets the status directly: the roll-up counts approved plans, however they came to be approved.</summary>
    private Task<int> ApproveAsync(int planId) =>
        app.DbAsync(db => db.Plans.Where(p => p.Id == planId).ExecuteUpdateAsync(s => s.SetProperty(p => p.Status, PlanStatus.Approved)));
}

[Trait("Database", "Sqlite")]
public sealed class SqliteBudgetApiTests(SqliteApp app) : BudgetApiTests(app), IClassFixture<SqliteApp>;

[Trait("Database", "Postgres")]
public sealed class PostgresBudgetApiTests(PostgresApp app) : BudgetApiTests(app), IClassFixture<PostgresApp>;
