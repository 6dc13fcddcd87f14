using System.Text.RegularExpressions;
using Keyplan.Core.Demo;
using Keyplan.E2ETests.Infrastructure;
using Keyplan.E2ETests.Pages.Sections;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Keyplan.E2ETests;

/// <summary>Step 1 "Collect data": the customer profile, history, market and value chain forms.</summary>
public sealed partial class CollectDataSectionTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private static ILocator SaveState(IPage page) => page.GetByRole(AriaRole.Status).Filter(new() { HasTextRegex = SaveText() });

    [GeneratedRegex("Sav|saved", RegexOptions.IgnoreCase)]
    private static partial Regex SaveText();

    private static async Task OpenAsync(IPage page, int planId, string key)
    {
        await page.GotoAsync($"plans/{planId}/{key}");
        await page.Locator(".kp-section-form").WaitForAsync();
        await page.WaitUntilInteractiveAsync();
    }

    [Fact]
    public async Task Kam_FillsProfileHistoryMarketAndValueChain_AndEachSectionIsSaved()
    {
        var account = await app.AccountWithoutPlanAsync(DemoUsers.Kam);
        var planId = await app.CreatePlanAsync(account.Id);
        var page = await app.SignedInPageAsync(DemoUsers.Kam);
        var forms = new (string Key, string Marker, Func<IPage, Task> Fill)[]
        {
            (ProfileSectionForm.Key, ProfileSectionForm.Marker, ProfileSectionForm.FillOneItemAsync),
            (HistorySectionForm.Key, HistorySectionForm.Marker, HistorySectionForm.FillOneItemAsync),
            (MarketSectionForm.Key, MarketSectionForm.Marker, MarketSectionForm.FillOneItemAsync),
            (ValueChainSectionForm.Key, ValueChainSectionForm.Marker, ValueChainSectionForm.FillOneItemAsync),
        };

        foreach (var (key, marker, fill) in forms)
        {
            await OpenAsync(page, planId, key);
            await fill(page);

            await Assertions.Expect(SaveState(page)).ToHaveTextAsync("Saved");
            await page.AssertAccessibleAsync();
            var saved = await app.SectionOnceItContainsAsync(planId, key, marker);
            Assert.Contains(marker, saved, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task History_ShowsOurRevenueFromTheAccount_AndComputesTheShareOfWallet()
    {
        var account = await app.AccountWithoutPlanAsync(DemoUsers.Kam, index: 1);
        var (year, revenue) = await app.DbAsync(db => db.RevenueRecords.Where(r => r.AccountId == account.Id)
            .GroupBy(r => r.Year).OrderByDescending(g => g.Key).Select(g => new ValueTuple<int, decimal>(g.Key, g.Sum(r => r.Revenue))).FirstAsync());
        var planId = await app.CreatePlanAsync(account.Id);
        var page = await app.SignedInPageAsync(DemoUsers.Kam);
        await OpenAsync(page, planId, HistorySectionForm.Key);

        await HistorySectionForm.Volume(page, year).FillAsync((revenue * 4).ToString(System.Globalization.CultureInfo.InvariantCulture));
        await HistorySectionForm.Volume(page, year).BlurAsync();

        var row = HistorySectionForm.YearRow(page, year);
        await Assertions.Expect(row).ToContainTextAsync(revenue.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("en-GB")));
        await Assertions.Expect(row.GetByRole(AriaRole.Cell).Last).ToHaveTextAsync("25%");
        await Assertions.Expect(SaveState(page)).ToHaveTextAsync("Saved");
        var saved = await app.SectionOnceItContainsAsync(planId, HistorySectionForm.Key, $"\"year\":{year}");
        Assert.Contains($"\"year\":{year}", saved, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValueChain_StageMovedUp_IsSavedInTheNewOrder()
    {
        var account = await app.AccountWithoutPlanAsync(DemoUsers.Kam, index: 2);
        var planId = await app.CreatePlanAsync(account.Id);
        var page = await app.SignedInPageAsync(DemoUsers.Kam);
        await OpenAsync(page, planId, ValueChainSectionForm.Key);

        await ValueChainSectionForm.AddStageAsync(page, 1, "Purchasing", "Long lead times for drives");
        await ValueChainSectionForm.AddStageAsync(page, 2, "Design", "Every line programmed from scratch");
        await ValueChainSectionForm.MoveUpAsync(page, 2, "Design");

        await Assertions.Expect(page.GetByLabel("Name (Stage 1)", new() { Exact = true })).ToHaveValueAsync("Design");
        await Assertions.Expect(SaveState(page)).ToHaveTextAsync("Saved");
        await page.AssertAccessibleAsync();
        var saved = await app.SectionOnceItContainsAsync(planId, ValueChainSectionForm.Key, "Purchasing");
        Assert.True(saved.IndexOf("Design", StringComparison.Ordinal) < saved.IndexOf("Purchasing", StringComparison.Ordinal), saved);
    }

    [Fact]
    public async Task Market_CompetitorSharesOver100Percent_AreRefusedWithTheMessageAtTheList()
    {
        var account = await app.AccountWithoutPlanAsync(DemoUsers.Kam, index: 3);
        var planId = await app.CreatePlanAsync(account.Id);
        var page = await app.SignedInPageAsync(DemoUsers.Kam);
        await OpenAsync(page, planId, MarketSectionForm.Key);

        await MarketSectionForm.FillOneItemAsync(page);
        await Assertions.Expect(SaveState(page)).ToHaveTextAsync("Saved");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add our competitor", Exact = true }).ClickAsync();
        await page.GetByLabel("Name (Our competitor 2)", new() { Exact = true }).FillAsync("Krone Antriebe");
        await MarketSectionForm.SetShareOfWalletAsync(page, 2, "70");

        await Assertions.Expect(SaveState(page)).ToHaveTextAsync("Not saved: check the marked fields.");
        await Assertions.Expect(page.GetByText("The shares add up to more than 100 %.")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();

        await MarketSectionForm.SetShareOfWalletAsync(page, 2, "40");
        await Assertions.Expect(SaveState(page)).ToHaveTextAsync("Saved");
        await Assertions.Expect(page.GetByText("The shares add up to more than 100 %.")).ToBeHiddenAsync();
    }

    /// <summary>The complete English demo plan's account (DemoPlans.BritishAccount, which is internal to Core).</summary>
    private const string BritishAccount = "Ashworth & Moore Engineering Ltd";

    [Fact]
    public async Task DemoPlan_ShowsItsProfileHistoryMarketAndValueChain()
    {
        var planId = await app.DbAsync(db => db.Plans.Where(p => p.Account!.Name == BritishAccount).Select(p => p.Id).FirstAsync());
        var page = await app.SignedInPageAsync(DemoUsers.Kam);

        await OpenAsync(page, planId, ProfileSectionForm.Key);
        await Assertions.Expect(page.GetByLabel("Name (Location 1)", new() { Exact = true })).ToHaveValueAsync("Head office and works");
        await Assertions.Expect(page.GetByLabel("Goal 1", new() { Exact = true })).ToHaveValueAsync("Cut assembly labour hours per machine by 25 %");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = $"Edit the account {BritishAccount}" })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();

        await OpenAsync(page, planId, HistorySectionForm.Key);
        await Assertions.Expect(page.GetByLabel("Source of the satisfaction score", new() { Exact = true })).ToHaveValueAsync(new Regex("^A&M supplier scorecard"));
        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "Share of wallet per year" })).ToContainTextAsync("%");
        await page.AssertAccessibleAsync();

        await OpenAsync(page, planId, MarketSectionForm.Key);
        await Assertions.Expect(page.GetByLabel("Name (Our competitor 1)", new() { Exact = true })).ToHaveValueAsync("Hartwell Controls");
        await page.AssertAccessibleAsync();

        await OpenAsync(page, planId, ValueChainSectionForm.Key);
        await Assertions.Expect(page.GetByLabel("Name (Stage 1)", new() { Exact = true })).ToHaveValueAsync("Tender and design");
        await page.AssertAccessibleAsync();
    }
}
