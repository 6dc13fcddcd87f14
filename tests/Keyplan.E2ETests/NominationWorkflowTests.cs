using System.Text.RegularExpressions;
using Keyplan.Core.Demo;
using Keyplan.E2ETests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Keyplan.E2ETests;

/// <summary>A Business Area Manager nominates a key account, finds it among those without a plan, and revokes it again.</summary>
public sealed class NominationWorkflowTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task Bam_NominatesWithReasonAndKam_SeesItWithoutPlan_ThenRevokes_AndTheHistoryShowsBoth()
    {
        var account = await app.DbAsync(async db =>
        {
            var areaId = await db.Users.Where(u => u.Email == DemoUsers.Bam).Select(u => u.BusinessAreaId!.Value).SingleAsync();
            return await db.Accounts.Where(a => a.BusinessAreaId == areaId && !a.IsKeyAccount).OrderBy(a => a.Id).FirstAsync();
        });
        var bam = await app.SignedInPageAsync(DemoUsers.Bam);
        await bam.GotoAsync($"accounts/{account.Id}?tab=nomination");
        await Assertions.Expect(bam.GetByTestId("nomination-status")).ToHaveTextAsync("Not a key account.");
        await bam.WaitUntilInteractiveAsync();
        await bam.GetByLabel("Reason").SelectOptionAsync(new SelectOptionValue { Label = "Lead-customer potential" });
        await bam.GetByLabel("Key account manager", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Thomas Becker" });
        await bam.GetByLabel("Comment").FillAsync("Pilot customer for the new drive line");
        await bam.AssertAccessibleAsync();
        await bam.GetByRole(AriaRole.Button, new() { Name = "Nominate" }).ClickAsync();
        await Assertions.Expect(bam.GetByTestId("nomination-status")).ToHaveTextAsync("Key account; key account manager: Thomas Becker.");

        await bam.OpenFromMenuAsync("Portfolio", "Key accounts without plan");
        await bam.WaitForURLAsync(new Regex("/portfolio/nominated$"), new() { WaitUntil = WaitUntilState.Commit });
        var row = bam.Locator($"tr[data-account-id='{account.Id}']");
        await Assertions.Expect(row).ToContainTextAsync("Thomas Becker");
        await Assertions.Expect(row.GetByRole(AriaRole.Link, new() { Name = $"New plan for {account.Name}" }))
            .ToHaveAttributeAsync("href", $"plans/new?accountId={account.Id}");
        await bam.AssertAccessibleAsync();

        await row.GetByRole(AriaRole.Link, new() { Name = account.Name, Exact = true }).ClickAsync();
        await bam.WaitForURLAsync(new Regex($@"/accounts/{account.Id}\?tab=nomination$"), new() { WaitUntil = WaitUntilState.Commit });
        await bam.WaitUntilInteractiveAsync();
        await bam.GetByLabel("Comment").FillAsync("Pilot cancelled by the customer");
        await bam.GetByRole(AriaRole.Button, new() { Name = "Revoke" }).ClickAsync();
        await Assertions.Expect(bam.GetByTestId("nomination-status")).ToHaveTextAsync("Not a key account.");

        var history = bam.GetByTestId("nomination-history").Locator("tbody tr");
        await Assertions.Expect(history).ToHaveCountAsync(2);
        await Assertions.Expect(history.Nth(0)).ToContainTextAsync("Revoked");
        await Assertions.Expect(history.Nth(0)).ToContainTextAsync("Pilot cancelled by the customer");
        await Assertions.Expect(history.Nth(1)).ToContainTextAsync("Nominated");
        await Assertions.Expect(history.Nth(1)).ToContainTextAsync("Lead-customer potential");
        await Assertions.Expect(history.Nth(1)).ToContainTextAsync("Sabine Krüger");
        await bam.AssertAccessibleAsync();
    }
}
