using Keyplan.Core.Demo;
using Keyplan.E2ETests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Keyplan.E2ETests;

/// <summary>Planning in the browser: create a plan, write a section that saves itself, and two people on one section.</summary>
public sealed class PlanWorkflowTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private static ILocator SaveState(IPage page) => page.GetByRole(AriaRole.Status).Filter(new() { HasTextRegex = new System.Text.RegularExpressions.Regex("Sav|saved", System.Text.RegularExpressions.RegexOptions.IgnoreCase) });

    [Fact]
    public async Task Kam_CreatesAPlanFromTheAccount_AndTheSummarySavesItself()
    {
        var account = await app.AccountWithoutPlanAsync(DemoUsers.Kam);
        var page = await app.SignedInPageAsync(DemoUsers.Kam);
        await page.GotoAsync($"accounts/{account.Id}?tab=plans");
        await page.WaitUntilInteractiveAsync();
        await page.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "New plan" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Create plan" }).WaitForAsync();
        await page.WaitUntilInteractiveAsync();
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Create plan" }).ClickAsync();
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex(@"/plans/\d+$"), new() { WaitUntil = WaitUntilState.Commit });
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Overview" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Plan steps" })).ToContainTextAsync("Step 1: Collect data");
        await page.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Management summary" }).ClickAsync();
        var summary = page.GetByLabel("Management summary", new() { Exact = true });
        await summary.WaitForAsync();
        await page.WaitUntilInteractiveAsync();
        await summary.FillAsync("Become the preferred automation partner for the new line.");
        await Assertions.Expect(SaveState(page)).ToHaveTextAsync("Saved");
        await page.AssertAccessibleAsync();
        await page.ReloadAsync();
        await page.WaitUntilInteractiveAsync();

        await Assertions.Expect(page.GetByLabel("Management summary", new() { Exact = true })).ToHaveValueAsync("Become the preferred automation partner for the new line.");
    }

    [Fact]
    public async Task TwoPeopleEditTheSameSection_TheSecondSeesTheConflictAndNeitherInputIsLost()
    {
        var account = await app.AccountWithoutPlanAsync(DemoUsers.Kam, index: 1);
        var planId = await app.CreatePlanAsync(account.Id);
        var kam = await app.SignedInPageAsync(DemoUsers.Kam);
        var bam = await app.SignedInPageAsync(DemoUsers.Bam);
        foreach (var page in new[] { kam, bam })
        {
            await page.GotoAsync($"plans/{planId}/summary");
            await page.GetByLabel("Management summary", new() { Exact = true }).WaitForAsync();
            await page.WaitUntilInteractiveAsync();
        }

        await kam.GetByLabel("Management summary", new() { Exact = true }).FillAsync("KAM: grow drives by 20 %.");
        await Assertions.Expect(SaveState(kam)).ToHaveTextAsync("Saved");
        await bam.GetByLabel("Management summary", new() { Exact = true }).FillAsync("BAM: defend the service contract first.");

        await Assertions.Expect(bam.GetByRole(AriaRole.Button, new() { Name = "Keep mine (save over theirs)" })).ToBeVisibleAsync();
        await Assertions.Expect(bam.GetByLabel("Management summary", new() { Exact = true })).ToHaveValueAsync("BAM: defend the service contract first.");
        await Assertions.Expect(bam.GetByText("KAM: grow drives by 20 %.").First).ToBeVisibleAsync();
        await bam.AssertAccessibleAsync();

        await bam.GetByRole(AriaRole.Button, new() { Name = "Keep mine (save over theirs)" }).ClickAsync();
        await Assertions.Expect(SaveState(bam)).ToHaveTextAsync("Saved");
        var saved = await app.DbAsync(db => db.PlanSections.Where(s => s.PlanId == planId && s.Key == "summary").Select(s => s.Content).SingleAsync());
        Assert.Contains("BAM: defend the service contract first.", saved, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Kam_AddsASwotStrength_AndItIsSavedWithoutAnEmptyItemError()
    {
        var account = await app.AccountWithoutPlanAsync(DemoUsers.Kam, index: 2);
        var planId = await app.CreatePlanAsync(account.Id);
        var page = await app.SignedInPageAsync(DemoUsers.Kam);
        await page.GotoAsync($"plans/{planId}/swot");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add strength" }).WaitForAsync();
        await page.WaitUntilInteractiveAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Add strength" }).ClickAsync();
        await page.GetByLabel("Strength 1", new() { Exact = true }).FillAsync("Our engineers know both packing lines");

        await Assertions.Expect(SaveState(page)).ToHaveTextAsync("Saved");
        await page.AssertAccessibleAsync();
        var saved = await app.DbAsync(db => db.PlanSections.Where(s => s.PlanId == planId && s.Key == "swot").Select(s => s.Content).SingleAsync());
        Assert.Contains("Our engineers know both packing lines", saved, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Kam_AddsAnAction_WithTitleAndOwner_AndItIsSaved()
    {
        var account = await app.AccountWithoutPlanAsync(DemoUsers.Kam, index: 3);
        var planId = await app.CreatePlanAsync(account.Id);
        var page = await app.SignedInPageAsync(DemoUsers.Kam);
        await page.GotoAsync($"plans/{planId}/actions");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add action" }).WaitForAsync();
        await page.WaitUntilInteractiveAsync();
        await page.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Add action" }).ClickAsync();
        await page.GetByLabel("Title (Action 1)", new() { Exact = true }).FillAsync("Workshop on the new packing line with the plant manager");
        var owner = page.GetByLabel("Owner (Action 1)", new() { Exact = true });
        await owner.SelectOptionAsync(new SelectOptionValue { Index = 1 });

        await Assertions.Expect(SaveState(page)).ToHaveTextAsync("Saved");
        await page.AssertAccessibleAsync();
        var ownerId = await owner.InputValueAsync();
        Assert.False(string.IsNullOrEmpty(ownerId));
        var saved = await app.SectionOnceItContainsAsync(planId, "actions", ownerId);

        Assert.Contains("Workshop on the new packing line with the plant manager", saved, StringComparison.Ordinal);
        Assert.Contains(ownerId, saved, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Kam_PlansAVisit_AgainstTheYearlyTarget_AndItIsSaved()
    {
        var account = await app.AccountWithoutPlanAsync(DemoUsers.Kam, index: 4);
        var planId = await app.CreatePlanAsync(account.Id);
        var page = await app.SignedInPageAsync(DemoUsers.Kam);
        await page.GotoAsync($"plans/{planId}/visits");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add visit" }).WaitForAsync();
        await page.WaitUntilInteractiveAsync();
        await page.AssertAccessibleAsync();

        await page.GetByLabel("Target visits per year", new() { Exact = true }).FillAsync("12");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add visit" }).ClickAsync();
        await page.GetByLabel("Date (Visit 1)", new() { Exact = true }).FillAsync("2026-12-03");
        await page.GetByLabel("Goal (Visit 1)", new() { Exact = true }).FillAsync("Agree the retrofit schedule");

        await Assertions.Expect(page.GetByText(new System.Text.RegularExpressions.Regex(@"Planned: 1 of target \d+ for the period"))).ToBeVisibleAsync();
        await Assertions.Expect(SaveState(page)).ToHaveTextAsync("Saved");
        await page.AssertAccessibleAsync();
        var saved = await app.SectionOnceItContainsAsync(planId, "visits", "Agree the retrofit schedule");

        Assert.Contains("Agree the retrofit schedule", saved, StringComparison.Ordinal);
        Assert.Contains("2026-12-03", saved, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Kam_CarriesAPlanForward_IntoTheNextPeriod_WithItsAnalysis()
    {
        var previous = await app.DbAsync(db => db.Plans.Where(p => p.Account!.Name.StartsWith("Ashworth")).Select(p => new { p.Id, p.AccountId, p.FiscalYear }).SingleAsync());
        var page = await app.SignedInPageAsync(DemoUsers.Kam);
        await page.GotoAsync($"plans/{previous.Id}");
        var next = $"FY {previous.FiscalYear + 1}";
        var create = page.GetByRole(AriaRole.Button, new() { Name = $"Create plan for {next}" });
        await create.WaitForAsync();
        await page.WaitUntilInteractiveAsync();
        await page.AssertAccessibleAsync();

        await create.ClickAsync();
        await page.WaitForURLAsync(url => !url.EndsWith($"/plans/{previous.Id}", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.Commit });
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(next);
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = $"Open the plan for FY {previous.FiscalYear + 2}" })).ToHaveCountAsync(0);

        var plans = await app.DbAsync(db => db.Plans.Where(p => p.AccountId == previous.AccountId).OrderBy(p => p.PeriodStart)
            .Select(p => new { p.Id, p.FiscalYear, Swot = p.Sections.Single(s => s.Key == "swot").Content }).ToListAsync());
        Assert.Equal([previous.FiscalYear, previous.FiscalYear + 1], plans.Select(p => p.FiscalYear));
        Assert.Equal(plans[0].Swot, plans[1].Swot);

        await page.GotoAsync($"plans/{previous.Id}");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = $"Open the plan for {next}" })).ToHaveAttributeAsync("href", $"plans/{plans[1].Id}");
    }
}
