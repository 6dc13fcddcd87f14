using System.Text.RegularExpressions;
using Keyplan.Core.Demo;
using Keyplan.Core.Identity;
using Keyplan.Core.Plans.Sections;
using Keyplan.E2ETests.Infrastructure;
using Keyplan.E2ETests.Pages.Sections;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Keyplan.E2ETests;

/// <summary>The controlling sections of a plan: budget and cost plan, KPI scorecard, decision requests, communication plan.</summary>
public sealed class ControlsSectionTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private static ILocator SaveState(IPage page) => page.GetByRole(AriaRole.Status).Filter(new() { HasTextRegex = new Regex("Sav|saved", RegexOptions.IgnoreCase) });

    [Fact]
    public async Task Kam_EntersASalesCost_AndSeesTheTotalAgainstThePlannedMargin()
    {
        var (page, planId) = await SectionPageAsync(0, BudgetSectionForm.Key);

        await BudgetSectionForm.FillOneItemAsync(page);

        await Assertions.Expect(SaveState(page)).ToHaveTextAsync("Saved");
        var total = page.GetByRole(AriaRole.Row, new() { Name = "Total sales costs" });
        await Assertions.Expect(total).ToContainTextAsync("2,500");
        await Assertions.Expect(total).ToContainTextAsync("5.0%");
        await page.AssertAccessibleAsync();
        var saved = await app.SectionOnceItContainsAsync(planId, BudgetSectionForm.Key, BudgetSectionForm.Marker);
        Assert.Contains(BudgetSectionForm.Marker, saved, StringComparison.Ordinal);
        Assert.Contains("\"plannedContributionMargin\":50000", saved, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Kam_AddsAKpiWithAnActual_AndTheScorecardSuggestsAStatus()
    {
        var (page, planId) = await SectionPageAsync(1, KpisSectionForm.Key);

        await KpisSectionForm.FillOneItemAsync(page);

        await Assertions.Expect(SaveState(page)).ToHaveTextAsync("Saved");
        var scorecard = page.GetByRole(AriaRole.Table, new() { Name = "Scorecard" });
        await Assertions.Expect(scorecard.GetByRole(AriaRole.Row, new() { Name = KpisSectionForm.Marker })).ToContainTextAsync("(suggested)");
        await page.AssertAccessibleAsync();
        var saved = await app.SectionOnceItContainsAsync(planId, KpisSectionForm.Key, "\"actual\":4");
        Assert.Contains(KpisSectionForm.Marker, saved, StringComparison.Ordinal);
        Assert.Contains("\"actual\":4", saved, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Kam_AddsTheKpiOfAnObjectiveWithOneClick()
    {
        var account = await app.AccountWithoutPlanAsync(DemoUsers.Kam, index: 2);
        var planId = await app.CreatePlanAsync(account.Id);
        await SaveObjectiveAsync(planId, new Objective { Title = "Grow service revenue", Measure = ObjectiveMeasure.Revenue, Target = 250_000m, Unit = "EUR" });
        var page = await app.SignedInPageAsync(DemoUsers.Kam);
        await page.GotoAsync($"plans/{planId}/{KpisSectionForm.Key}");
        var offer = page.GetByRole(AriaRole.Button, new() { Name = "Add KPI for “Grow service revenue”" });
        await offer.WaitForAsync();
        await page.WaitUntilInteractiveAsync();

        await offer.ClickAsync();

        await Assertions.Expect(SaveState(page)).ToHaveTextAsync("Saved");
        await Assertions.Expect(page.GetByLabel("Name (KPI 1)", new() { Exact = true })).ToHaveValueAsync("Grow service revenue");
        await Assertions.Expect(page.GetByLabel("Target (KPI 1)", new() { Exact = true })).ToHaveValueAsync("250000");
        await Assertions.Expect(offer).ToHaveCountAsync(0);
        await page.AssertAccessibleAsync();
        var saved = await app.SectionOnceItContainsAsync(planId, KpisSectionForm.Key, "Grow service revenue");
        Assert.Contains("\"objectiveId\"", saved, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Kam_WritesADecisionRequest_AndTheDecisionGetsTodaysDate()
    {
        var (page, planId) = await SectionPageAsync(3, DecisionsSectionForm.Key);

        await DecisionsSectionForm.FillOneItemAsync(page);

        await Assertions.Expect(SaveState(page)).ToHaveTextAsync("Saved");
        await Assertions.Expect(page.GetByLabel("Decided on (Request 1)", new() { Exact = true })).ToHaveValueAsync(DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await page.AssertAccessibleAsync();
        var saved = await app.SectionOnceItContainsAsync(planId, DecisionsSectionForm.Key, "Approved");
        Assert.Contains(DecisionsSectionForm.Marker, saved, StringComparison.Ordinal);
        Assert.Contains("Lend the machine for three months free of charge", saved, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Kam_PlansACommunication_AndItIsSaved()
    {
        var (page, planId) = await SectionPageAsync(4, CommunicationSectionForm.Key);

        await CommunicationSectionForm.FillOneItemAsync(page);

        await Assertions.Expect(SaveState(page)).ToHaveTextAsync("Saved");
        await page.AssertAccessibleAsync();
        var saved = await app.SectionOnceItContainsAsync(planId, CommunicationSectionForm.Key, "ownerUserId\":\"");
        Assert.Contains(CommunicationSectionForm.Marker, saved, StringComparison.Ordinal);
        Assert.Contains("Quarterly", saved, StringComparison.Ordinal);
    }

    /// <summary>A new full plan for an account of the KAM's, open at the section, ready for input.</summary>
    private async Task<(IPage Page, int PlanId)> SectionPageAsync(int accountIndex, string key)
    {
        var account = await app.AccountWithoutPlanAsync(DemoUsers.Kam, accountIndex);
        var planId = await app.CreatePlanAsync(account.Id);
        var page = await app.SignedInPageAsync(DemoUsers.Kam);
        await page.GotoAsync($"plans/{planId}/{key}");
        await page.Locator(".kp-save-bar").WaitForAsync();
        await page.WaitUntilInteractiveAsync();
        await page.AssertAccessibleAsync();
        return (page, planId);
    }

    private async Task SaveObjectiveAsync(int planId, Objective objective)
    {
        // Saved as the KAM (the section records who changed it, so it must be a real user).
        var kam = await app.DbAsync(db => db.Users.SingleAsync(u => u.Email == DemoUsers.Kam));
        var user = new CurrentUser(kam.Id, kam.DisplayName, new HashSet<string> { Roles.KeyAccountManager }, kam.BusinessAreaId);
        await using var scope = app.Services.CreateAsyncScope();
        var section = await scope.ServiceProvider.GetRequiredService<GetSectionHandler>().HandleAsync(planId, SectionKeys.Objectives, user, CancellationToken.None);
        var result = await scope.ServiceProvider.GetRequiredService<UpdateSectionHandler>().HandleAsync(
            planId, SectionKeys.Objectives, section.Value!.Version, new ObjectivesSection { Objectives = [objective] }, user, CancellationToken.None);
        Assert.Null(result.Failure);
    }
}
