using Keyplan.Core.Demo;
using Keyplan.E2ETests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Keyplan.E2ETests;

/// <summary>
/// The controlling cycle in the browser: the leadership dashboard follows a plan from draft to submitted to approved,
/// the KAM records a review with a KPI actual, and the dashboard shows the objective's attainment; the rollout view
/// and the decision desk open for leadership.
/// </summary>
public sealed class ReviewAndDashboardWorkflowTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private static async Task<int> TileAsync(IPage page, string label)
    {
        var tile = page.Locator(".kp-tile").Filter(new() { HasText = label }).First;
        return int.Parse(await tile.Locator(".kp-tile-value").InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<IPage> DashboardAsync(IPage page)
    {
        await page.GotoAsync("dashboard");
        await page.GetByRole(AriaRole.Heading, new() { Name = "Leadership dashboard", Level = 1 }).WaitForAsync();
        return page;
    }

    [Fact]
    public async Task TheDashboardFollowsAPlan_AndAReviewWithAKpiActualShowsAsAttainment()
    {
        var account = await app.AccountWithoutPlanAsync(DemoUsers.Kam, index: 3);
        var planId = await app.CreatePlanAsync(account.Id);
        var objective = Guid.NewGuid();
        await app.DbAsync(db => db.PlanSections.Where(s => s.PlanId == planId && s.Key == "objectives").ExecuteUpdateAsync(s => s.SetProperty(x => x.Content,
            $$"""{"objectives":[{"id":"{{objective}}","title":"More plant visits","measure":"VisitFrequency","target":10,"unit":"visits"}]}""")));
        await app.DbAsync(db => db.PlanSections.Where(s => s.PlanId == planId && s.Key == "kpis").ExecuteUpdateAsync(s => s.SetProperty(x => x.Content,
            $$"""{"kpis":[{"id":"{{Guid.NewGuid()}}","name":"Plant visits","objectiveId":"{{objective}}","unit":"visits","target":10,"actuals":[]}]}""")));
        var kam = await app.SignedInPageAsync(DemoUsers.Kam);
        var bam = await DashboardAsync(await app.SignedInPageAsync(DemoUsers.Bam));
        await bam.AssertAccessibleAsync();
        var (drafts, submitted, approved) = (await TileAsync(bam, "Draft"), await TileAsync(bam, "Submitted"), await TileAsync(bam, "Approved"));

        // Submitted: one draft less, one submitted more.
        await kam.GotoAsync($"plans/{planId}");
        await kam.WaitUntilInteractiveAsync();
        await kam.GetByRole(AriaRole.Button, new() { Name = "Submit for approval" }).ClickAsync();
        await Assertions.Expect(kam.GetByRole(AriaRole.Status).Filter(new() { HasText = "submitted for approval" })).ToBeVisibleAsync();
        await DashboardAsync(bam);
        Assert.Equal((drafts - 1, submitted + 1), (await TileAsync(bam, "Draft"), await TileAsync(bam, "Submitted")));

        // Approved by the BAM.
        await bam.GotoAsync($"plans/{planId}");
        await bam.WaitUntilInteractiveAsync();
        await bam.GetByRole(AriaRole.Button, new() { Name = "Approve" }).ClickAsync();
        await Assertions.Expect(bam.GetByRole(AriaRole.Status).Filter(new() { HasText = "approved" })).ToBeVisibleAsync();
        await DashboardAsync(bam);
        Assert.Equal((submitted, approved + 1), (await TileAsync(bam, "Submitted"), await TileAsync(bam, "Approved")));

        // The KAM records the review with the KPI's actual: 8 of 10 visits.
        await kam.GotoAsync($"plans/{planId}/reviews");
        await kam.GetByRole(AriaRole.Heading, new() { Name = "Record a review" }).WaitForAsync();
        await kam.WaitUntilInteractiveAsync();
        await kam.GetByLabel("Participants").FillAsync("Thomas Becker, Maria Schmidt");
        await kam.GetByLabel("Actual of Plant visits").FillAsync("8");
        await kam.GetByLabel("Next steps").FillAsync("Plan the next plant visit");
        await kam.AssertAccessibleAsync();
        await kam.GetByRole(AriaRole.Button, new() { Name = "Save review" }).ClickAsync();
        await Assertions.Expect(kam.GetByText("Review saved; the KPI actuals are in the scorecard.")).ToBeVisibleAsync();
        await Assertions.Expect(kam.Locator(".kp-review").First).ToContainTextAsync("Thomas Becker, Maria Schmidt");
        await kam.AssertAccessibleAsync();

        await DashboardAsync(bam);
        var row = bam.GetByRole(AriaRole.Row).Filter(new() { HasText = account.Name });
        await Assertions.Expect(row.Last).ToContainTextAsync("1 / 1");
        await Assertions.Expect(row.Last).ToContainTextAsync("80%");

        // Leadership's other views open and pass the accessibility check.
        await bam.GetByRole(AriaRole.Link, new() { Name = "Rollout" }).ClickAsync();
        await bam.GetByRole(AriaRole.Heading, new() { Name = "Rollout", Level = 1 }).WaitForAsync();
        await Assertions.Expect(bam.GetByText("plans approved", new() { Exact = false }).First).ToBeVisibleAsync();
        await bam.AssertAccessibleAsync();
        await bam.GotoAsync("decisions");
        await bam.GetByRole(AriaRole.Heading, new() { Name = "Decision requests", Level = 1 }).WaitForAsync();
        await bam.AssertAccessibleAsync();
    }
}
