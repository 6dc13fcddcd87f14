using System.Text.RegularExpressions;
using Keyplan.Core.Demo;
using Keyplan.E2ETests.Infrastructure;
using Keyplan.E2ETests.Pages.Sections;
using Microsoft.Playwright;

namespace Keyplan.E2ETests;

/// <summary>The potential and whitespace grid, the strategy and the added-value offering, each filled on a new plan.</summary>
public sealed class PotentialAndStrategySectionTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private static ILocator SaveState(IPage page) => page.GetByRole(AriaRole.Status).Filter(new() { HasTextRegex = new Regex("Sav|saved", RegexOptions.IgnoreCase) });

    private async Task<(int PlanId, IPage Page)> OpenSectionAsync(int accountIndex, string key)
    {
        var account = await app.AccountWithoutPlanAsync(DemoUsers.Kam, accountIndex);
        var planId = await app.CreatePlanAsync(account.Id);
        var page = await app.SignedInPageAsync(DemoUsers.Kam);
        await page.GotoAsync($"plans/{planId}/{key}");
        await page.WaitUntilInteractiveAsync();
        return (planId, page);
    }

    [Fact]
    public async Task Kam_FillsThePotential_AndItIsSaved()
    {
        var (planId, page) = await OpenSectionAsync(0, PotentialSectionForm.Key);
        await page.AssertAccessibleAsync();

        await PotentialSectionForm.FillOneItemAsync(page);

        await Assertions.Expect(SaveState(page)).ToHaveTextAsync("Saved");
        await page.AssertAccessibleAsync();
        var saved = await app.SectionOnceItContainsAsync(planId, PotentialSectionForm.Key, PotentialSectionForm.Marker);
        Assert.Contains(PotentialSectionForm.Marker, saved, StringComparison.Ordinal);
        Assert.Contains("\"Opportunity\"", saved, StringComparison.Ordinal);
        Assert.Contains("125000", saved, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhitespaceGrid_AddsADivision_AndTotalsPotentialAgainstRevenueAndOpportunities()
    {
        var (planId, page) = await OpenSectionAsync(1, PotentialSectionForm.Key);
        var grid = page.GetByRole(AriaRole.Table, new() { Name = "Whitespace by division and product group", Exact = false });
        var columns = await grid.Locator("thead th").CountAsync() - 2;

        await page.GetByLabel("New division or site", new() { Exact = true }).FillAsync("Plant Hengelo");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add division" }).ClickAsync();
        await Assertions.Expect(grid.GetByRole(AriaRole.Rowheader).Filter(new() { HasText = "Plant Hengelo" })).ToBeVisibleAsync();

        // The first cell of the account's row gets a potential; the first cell of the new division is an opportunity.
        await PotentialSectionForm.PotentialOf(page, 0).FillAsync("500000");
        await PotentialSectionForm.PotentialOf(page, 0).PressAsync("Tab");
        var rows = await grid.Locator("tbody tr").CountAsync();
        var hengelo = PotentialSectionForm.StateOf(page, (rows - 1) * columns);
        await hengelo.SelectOptionAsync(new SelectOptionValue { Label = "Opportunity" });
        await PotentialSectionForm.OpportunityValueOf(page, 0).FillAsync("80000");
        await PotentialSectionForm.OpportunityValueOf(page, 0).PressAsync("Tab");

        var total = grid.Locator("tfoot td").Last;
        await Assertions.Expect(total).ToContainTextAsync("500,000");
        await Assertions.Expect(total).ToContainTextAsync("80,000");
        await Assertions.Expect(grid.Locator("tfoot td").First).ToContainTextAsync("500,000");
        await Assertions.Expect(page.GetByRole(AriaRole.List, new() { Name = "Legend" })).ToContainTextAsync("Competitor supplies");
        await Assertions.Expect(SaveState(page)).ToHaveTextAsync("Saved");
        await page.AssertAccessibleAsync();

        var saved = await app.SectionOnceItContainsAsync(planId, PotentialSectionForm.Key, "80000");
        Assert.Contains("\"Plant Hengelo\"", saved, StringComparison.Ordinal);
        Assert.Contains("500000", saved, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Kam_WorksOutTheStrategyForAnObjective_AndItIsSaved()
    {
        var (planId, page) = await OpenSectionAsync(2, StrategySectionForm.Key);
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Set the objectives first" })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();

        await StrategySectionForm.FillOneItemAsync(page);
        await page.GetByLabel("Channel (Strategy 1.1)", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Partner" });

        await Assertions.Expect(SaveState(page)).ToHaveTextAsync("Saved");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Objective 1: {ObjectivesSectionForm.Marker}" })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        var saved = await app.SectionOnceItContainsAsync(planId, StrategySectionForm.Key, "Partner");
        Assert.Contains(StrategySectionForm.Marker, saved, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Kam_OffersAValueAddedServiceAndRecordsACommitment_AndItIsSaved()
    {
        var (planId, page) = await OpenSectionAsync(3, ValueOfferingSectionForm.Key);
        await page.AssertAccessibleAsync();

        await ValueOfferingSectionForm.FillOneItemAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Add customer commitment" }).ClickAsync();
        await page.GetByLabel("Customer commitment 1", new() { Exact = true }).FillAsync("Share the FLEX roll-out plan every quarter");
        await page.GetByLabel("Status (Customer commitment 1)", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "In progress" });

        await Assertions.Expect(SaveState(page)).ToHaveTextAsync("Saved");
        await page.AssertAccessibleAsync();
        var saved = await app.SectionOnceItContainsAsync(planId, ValueOfferingSectionForm.Key, "InProgress");
        Assert.Contains(ValueOfferingSectionForm.Marker, saved, StringComparison.Ordinal);
        Assert.Contains("Share the FLEX roll-out plan every quarter", saved, StringComparison.Ordinal);
        Assert.Contains("\"Customer\"", saved, StringComparison.Ordinal);
    }
}
