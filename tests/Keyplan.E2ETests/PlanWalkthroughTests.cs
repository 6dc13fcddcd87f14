using System.Text.RegularExpressions;
using Keyplan.Core.Demo;
using Keyplan.E2ETests.Infrastructure;
using Keyplan.E2ETests.Pages.Sections;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Keyplan.E2ETests;

/// <summary>
/// A KAM builds a whole plan in the browser: created from the account with the full or the light template, then every
/// section of that template through the six steps.
/// </summary>
public sealed partial class PlanWalkthroughTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private sealed record Section(string Title, string Key, Func<IPage, Task> FillOneItemAsync, string Marker);

    /// <summary>In the order of the six steps (SPEC §2), the management summary last, as a KAM writes it.</summary>
    private static readonly Section[] SixSteps =
    [
        new("Customer profile", ProfileSectionForm.Key, ProfileSectionForm.FillOneItemAsync, ProfileSectionForm.Marker),
        new("Customer history and financials", HistorySectionForm.Key, HistorySectionForm.FillOneItemAsync, HistorySectionForm.Marker),
        new("Market and competition", MarketSectionForm.Key, MarketSectionForm.FillOneItemAsync, MarketSectionForm.Marker),
        new("Value chain and requirements", ValueChainSectionForm.Key, ValueChainSectionForm.FillOneItemAsync, ValueChainSectionForm.Marker),
        new("Buying center and relationship map", BuyingCenterSectionForm.Key, BuyingCenterSectionForm.FillOneItemAsync, BuyingCenterSectionForm.Marker),
        new("Potential and whitespace", PotentialSectionForm.Key, PotentialSectionForm.FillOneItemAsync, PotentialSectionForm.Marker),
        new("SWOT and “so what?”", SwotSectionForm.Key, SwotSectionForm.FillOneItemAsync, SwotSectionForm.Marker),
        new("Strategic objectives", ObjectivesSectionForm.Key, ObjectivesSectionForm.FillOneItemAsync, ObjectivesSectionForm.Marker),
        new("KPI scorecard", KpisSectionForm.Key, KpisSectionForm.FillOneItemAsync, KpisSectionForm.Marker),
        new("Strategy", StrategySectionForm.Key, StrategySectionForm.FillOneItemAsync, StrategySectionForm.Marker),
        new("Added-value offering and commitments", ValueOfferingSectionForm.Key, ValueOfferingSectionForm.FillOneItemAsync, ValueOfferingSectionForm.Marker),
        new("Action plan", ActionsSectionForm.Key, ActionsSectionForm.FillOneItemAsync, ActionsSectionForm.Marker),
        new("Visit and contact plan", VisitsSectionForm.Key, VisitsSectionForm.FillOneItemAsync, VisitsSectionForm.Marker),
        new("Budget and cost plan", BudgetSectionForm.Key, BudgetSectionForm.FillOneItemAsync, BudgetSectionForm.Marker),
        new("Decision requests", DecisionsSectionForm.Key, DecisionsSectionForm.FillOneItemAsync, DecisionsSectionForm.Marker),
        new("Communication plan", CommunicationSectionForm.Key, CommunicationSectionForm.FillOneItemAsync, CommunicationSectionForm.Marker),
        new("Management summary", SummarySectionForm.Key, SummarySectionForm.FillOneItemAsync, SummarySectionForm.Marker),
    ];

    [Theory]
    [InlineData("Full plan", 0)]
    [InlineData("Light (overview sheet)", 1)]
    public async Task Kam_CreatesAPlan_AndFillsEverySectionOfItsTemplateThroughTheSixSteps(string template, int accountIndex)
    {
        Assert.Equal(Keyplan.Core.Plans.Sections.SectionCatalog.All.Select(s => s.Key).Order(), SixSteps.Select(s => s.Key).Order());
        var account = await app.AccountWithoutPlanAsync(DemoUsers.Kam, accountIndex);
        var page = await app.SignedInPageAsync(DemoUsers.Kam);
        await page.GotoAsync($"accounts/{account.Id}?tab=plans");
        await page.WaitUntilInteractiveAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "New plan" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Create plan" }).WaitForAsync();
        await page.WaitUntilInteractiveAsync();
        await page.GetByLabel(template, new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Create plan" }).ClickAsync();
        // Blazor navigates within the page (history API): there is no load event to wait for.
        await page.WaitForURLAsync(PlanUrl(), new() { WaitUntil = WaitUntilState.Commit });
        var planId = int.Parse(PlanUrl().Match(page.Url).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var steps = page.GetByRole(AriaRole.Navigation, new() { Name = "Plan steps" });
        var inTemplate = await app.DbAsync(db => db.PlanSections.Where(s => s.PlanId == planId).Select(s => s.Key).ToListAsync());
        var toFill = SixSteps.Where(s => inTemplate.Contains(s.Key)).ToList();
        Assert.Equal(inTemplate.Order(), toFill.Select(s => s.Key).Order());
        await Assertions.Expect(steps.GetByRole(AriaRole.Link)).ToHaveCountAsync(toFill.Count + 1);

        foreach (var section in toFill)
        {
            await steps.GetByRole(AriaRole.Link, new() { Name = section.Title, Exact = true }).ClickAsync();
            await page.WaitForURLAsync(url => url.EndsWith($"/plans/{planId}/{section.Key}", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.Commit });
            await page.WaitUntilInteractiveAsync();
            await section.FillOneItemAsync(page);

            var saved = await app.SectionOnceItContainsAsync(planId, section.Key, section.Marker);
            Assert.True(saved.Contains(section.Marker, StringComparison.Ordinal), $"{section.Key} was not saved: {saved}");
        }

        await steps.GetByRole(AriaRole.Link, new() { Name = "Overview", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Overview" })).ToBeVisibleAsync();
        var empty = await app.DbAsync(db => db.PlanSections.Where(s => s.PlanId == planId).Select(s => s.Version).ToListAsync());
        Assert.All(empty, version => Assert.True(version > 1));
    }

    [GeneratedRegex(@"/plans/(\d+)$")]
    private static partial Regex PlanUrl();
}
