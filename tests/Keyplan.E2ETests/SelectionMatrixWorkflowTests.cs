using System.Text.RegularExpressions;
using Keyplan.Core.Demo;
using Keyplan.E2ETests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Keyplan.E2ETests;

/// <summary>A Business Area Manager rates an unrated account of their area and finds it placed in the selection matrix.</summary>
public sealed class SelectionMatrixWorkflowTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task Bam_RatesAnAccountByKeyboardAndMouse_AndSeesItMoveInTheMatrixTable()
    {
        var (account, areaId) = await app.DbAsync(async db =>
        {
            var areaId = await db.Users.Where(u => u.Email == DemoUsers.Bam).Select(u => u.BusinessAreaId!.Value).SingleAsync();
            var account = await db.Accounts
                .Where(a => a.BusinessAreaId == areaId && !db.AccountRatings.Any(r => r.AccountId == a.Id))
                .OrderBy(a => a.Id).FirstAsync();
            return (account, areaId);
        });
        var bam = await app.SignedInPageAsync(DemoUsers.Bam);
        await bam.GotoAsync($"portfolio/matrix?area={areaId}");
        var row = bam.Locator($"tr[data-account-id='{account.Id}']");
        await Assertions.Expect(row).ToContainTextAsync("Not rated");
        await bam.WaitUntilInteractiveAsync();
        await bam.AssertAccessibleAsync();

        await row.GetByRole(AriaRole.Link, new() { Name = account.Name }).ClickAsync();
        await bam.WaitForURLAsync(new Regex($@"/accounts/{account.Id}\?tab=ratings$"), new() { WaitUntil = WaitUntilState.Commit });
        await bam.WaitUntilInteractiveAsync();
        foreach (var criterion in new[] { 1, 2, 3, 4 })
        {
            await Criterion(bam, criterion).GetByLabel("9", new() { Exact = true }).CheckAsync();
        }

        foreach (var criterion in new[] { 5, 6, 7, 8 })
        {
            await Criterion(bam, criterion).GetByLabel("3", new() { Exact = true }).CheckAsync();
        }

        // The arrow keys move through a criterion's scale: 3 → 2 on product fit.
        await Criterion(bam, 8).GetByLabel("3", new() { Exact = true }).PressAsync("ArrowLeft");
        await Assertions.Expect(Criterion(bam, 8).GetByLabel("2", new() { Exact = true })).ToBeCheckedAsync();
        await bam.AssertAccessibleAsync();
        await bam.GetByRole(AriaRole.Button, new() { Name = "Save ratings" }).ClickAsync();
        await Assertions.Expect(Criterion(bam, 1)).ToContainTextAsync("Rated 9 by Sabine Krüger");

        // Attractiveness 9; strength (3·3 + 2·3 + 2·3 + 1·2) / 8 = 23 / 8 = 2.875.
        await Assertions.Expect(bam.GetByTestId("rating-scores")).ToContainTextAsync("9.00");
        await bam.GotoAsync($"portfolio/matrix?area={areaId}");
        await Assertions.Expect(row).ToContainTextAsync("Strategic");
        await Assertions.Expect(row).ToContainTextAsync("2.88");
        await Assertions.Expect(row).ToContainTextAsync("8 of 8");

        await bam.WaitUntilInteractiveAsync();
        await bam.GetByLabel("Threshold (1–10)").FillAsync("2.5");
        await bam.GetByLabel("Threshold (1–10)").PressAsync("Enter");
        // Enter commits the value in Chromium; leaving the field does too, should the key arrive during a render.
        await bam.GetByLabel("Threshold (1–10)").BlurAsync();
        await bam.WaitForURLAsync(new Regex(@"threshold=2\.5"), new() { WaitUntil = WaitUntilState.Commit });
        await Assertions.Expect(row).ToContainTextAsync("Star");
    }

    private static ILocator Criterion(IPage page, int id) => page.Locator($"fieldset[data-criterion-id='{id}']");
}
