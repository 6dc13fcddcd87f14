using System.Text.RegularExpressions;
using Keyplan.Core.Demo;
using Keyplan.E2ETests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Keyplan.E2ETests;

/// <summary>The approval cycle in the browser: submit, return with a comment, fix and resubmit, score and approve, compare versions.</summary>
public sealed class ApprovalWorkflowTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private static ILocator Status(IPage page, string text) => page.GetByRole(AriaRole.Status).Filter(new() { HasText = text });

    private async Task<int> UnreadAsync(string email) =>
        await app.DbAsync(db => db.Notifications.CountAsync(n => n.Recipient!.Email == email && n.ReadAt == null));

    private static async Task OpenPlanAsync(IPage page, int planId)
    {
        await page.GotoAsync($"plans/{planId}");
        await page.GetByRole(AriaRole.Heading, new() { Name = "Approval" }).WaitForAsync();
        await page.WaitUntilInteractiveAsync();
    }

    private async Task WriteSummaryAsync(IPage page, int planId, string text)
    {
        await page.GotoAsync($"plans/{planId}/summary");
        var summary = page.GetByLabel("Management summary", new() { Exact = true });
        await summary.WaitForAsync();
        await page.WaitUntilInteractiveAsync();
        await summary.FillAsync(text);
        await app.SectionOnceItContainsAsync(planId, "summary", text);
    }

    [Fact]
    public async Task KamSubmits_BamReturns_KamFixesAndResubmits_BamScoresAndApproves_AndTheVersionsCompare()
    {
        var account = await app.DbAsync(db => db.Accounts
            .Where(a => a.KeyAccountManager!.Email == DemoUsers.Kam && a.BusinessArea!.Code == "IA" && !db.Plans.Any(p => p.AccountId == a.Id))
            .OrderBy(a => a.Name).FirstAsync());
        var planId = await app.CreatePlanAsync(account.Id);
        var kam = await app.SignedInPageAsync(DemoUsers.Kam);
        var bam = await app.SignedInPageAsync(DemoUsers.Bam);

        // The KAM submits; the BAM's bell counts it.
        await OpenPlanAsync(kam, planId);
        await kam.AssertAccessibleAsync();
        await kam.GetByRole(AriaRole.Button, new() { Name = "Submit for approval" }).ClickAsync();
        await Assertions.Expect(Status(kam, "submitted for approval")).ToBeVisibleAsync();
        await OpenPlanAsync(bam, planId);
        await Assertions.Expect(bam.GetByRole(AriaRole.Link, new() { Name = $"Notifications, {await UnreadAsync(DemoUsers.Bam)} unread" })).ToBeVisibleAsync();

        // The BAM returns it with a comment.
        await bam.GetByRole(AriaRole.Button, new() { Name = "Return for changes" }).ClickAsync();
        await bam.GetByLabel("What should be changed?").FillAsync("Please write the management summary.");
        await bam.AssertAccessibleAsync();
        await bam.GetByRole(AriaRole.Button, new() { Name = "Return the plan" }).ClickAsync();
        await Assertions.Expect(Status(bam, "returned for changes")).ToBeVisibleAsync();

        // The KAM reads why, fixes it and submits again.
        await kam.GotoAsync("notifications");
        await Assertions.Expect(kam.GetByText("Please write the management summary.")).ToBeVisibleAsync();
        await kam.WaitUntilInteractiveAsync();
        await kam.AssertAccessibleAsync();
        await WriteSummaryAsync(kam, planId, "Become the preferred automation partner.");
        await OpenPlanAsync(kam, planId);
        await Assertions.Expect(kam.GetByText("Please write the management summary.")).ToBeVisibleAsync();
        await kam.GetByRole(AriaRole.Button, new() { Name = "Submit for approval" }).ClickAsync();
        await Assertions.Expect(Status(kam, "submitted for approval")).ToBeVisibleAsync();

        // The BAM scores and approves.
        await OpenPlanAsync(bam, planId);
        await bam.GetByLabel("Score for Completeness").SelectOptionAsync("4");
        await bam.GetByLabel("Score for SMART objectives").SelectOptionAsync("2");
        await bam.GetByLabel("Comment on SMART objectives").FillAsync("Targets need dates.");
        await bam.AssertAccessibleAsync();
        await bam.GetByRole(AriaRole.Button, new() { Name = "Save score" }).ClickAsync();
        // (4 + 3 + 2 + 3 + 3) / 5 with equal weights.
        await Assertions.Expect(bam.GetByText("Weighted score 3.00 of 5 (version 1)")).ToBeVisibleAsync();
        await bam.GetByRole(AriaRole.Button, new() { Name = "Approve" }).ClickAsync();
        await Assertions.Expect(Status(bam, "approved and kept as a version")).ToBeVisibleAsync();

        // Editing the approved plan starts version 2; the compare page shows the change.
        await WriteSummaryAsync(kam, planId, "Become the preferred automation and service partner.");
        await OpenPlanAsync(kam, planId);
        await Assertions.Expect(kam.GetByText("Approved version 1 is the reference; you are working on version 2.")).ToBeVisibleAsync();
        await kam.GetByRole(AriaRole.Link, new() { Name = "Compare version 1 with the current plan" }).ClickAsync();
        await Assertions.Expect(kam.GetByRole(AriaRole.Heading, new() { Name = "Changes from version 1 to the current plan" })).ToBeVisibleAsync();
        await Assertions.Expect(kam.GetByRole(AriaRole.Cell, new() { Name = "Become the preferred automation partner.", Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(kam.GetByRole(AriaRole.Cell, new() { Name = "Become the preferred automation and service partner.", Exact = true })).ToBeVisibleAsync();
        await kam.AssertAccessibleAsync();
    }
}
