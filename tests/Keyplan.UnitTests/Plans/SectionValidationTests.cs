using Keyplan.Core;
using Keyplan.Core.Plans.Sections;
using Keyplan.Core.Resources;

namespace Keyplan.UnitTests.Plans;

public sealed class SectionValidationTests
{
    private readonly ExamplePlan _plan = new();

    private static IReadOnlyDictionary<string, string[]> Errors(SectionContent content) =>
        Assert.IsType<Failure.Invalid>(DeepValidation.Validate(content)).Errors;

    [Fact]
    public void Action_WithoutTitle_IsRefusedAtItsTitle()
    {
        var actions = new ActionsSection { Actions = [_plan.Actions.Actions[0], _plan.Actions.Actions[1] with { Title = null }] };

        Assert.Equal(["actions[1].title"], Errors(actions).Keys);
    }

    [Fact]
    public void Stakeholder_WithAttitudeOutsideMinusThreeToThree_IsOutOfRange()
    {
        var buyingCenter = new BuyingCenterSection { Stakeholders = [_plan.BuyingCenter.Stakeholders[0] with { Attitude = 5 }] };

        var message = Assert.Single(Errors(buyingCenter)["stakeholders[0].attitude"]);
        Assert.Equal(ValidationText.Format(nameof(ValidationText.Range), "attitude", SectionLimits.AttitudeMin, SectionLimits.AttitudeMax), message);
    }

    [Fact]
    public void Stakeholder_WithoutContact_IsRefused() =>
        Assert.Contains("stakeholders[0].contactId", Errors(new BuyingCenterSection { Stakeholders = [new StakeholderAssessment { Attitude = 1 }] }).Keys);

    [Fact]
    public void Stakeholder_ListedTwice_IsRefusedAtTheSecond()
    {
        var first = _plan.BuyingCenter.Stakeholders[0];
        var buyingCenter = new BuyingCenterSection { Stakeholders = [first, first with { Attitude = 1 }] };

        Assert.Equal(["stakeholders[1].contactId"], Errors(buyingCenter).Keys);
    }

    [Fact]
    public void Swot_WithSixTopRisks_IsRefusedOnTheList()
    {
        var builder = new SwotBuilder();
        for (var i = 1; i <= 6; i++)
        {
            builder.WithThreat($"Threat {i}", topRisk: (3, 3));
        }

        Assert.Equal(["topRisks"], Errors(builder.Build()).Keys);
    }

    [Fact]
    public void Swot_WithFiveTopRisks_IsValid()
    {
        var builder = new SwotBuilder();
        for (var i = 1; i <= 5; i++)
        {
            builder.WithWeakness($"Weakness {i}", topRisk: (3, 3));
        }

        Assert.Null(DeepValidation.Validate(builder.Build()));
    }

    [Fact]
    public void Swot_WithTooLongImplication_IsRefusedAtTheImplication()
    {
        var swot = new SwotBuilder()
            .WithOpportunity("Tray conversion")
            .WithThreat("Rebate war", new string('x', SectionLimits.Text + 1))
            .Build();

        Assert.Equal(["threats[0].implication"], Errors(swot).Keys);
    }

    [Fact]
    public void Swot_TopRiskReferringToNoThreatOrWeakness_IsRefused()
    {
        var swot = new SwotBuilder().WithOpportunity("Tray conversion").Build();
        var promotedOpportunity = swot with { TopRisks = [new TopItem { ItemId = swot.Opportunities[0].Id }] };

        Assert.Equal(["topRisks[0].itemId"], Errors(promotedOpportunity).Keys);
        Assert.Equal(["topRisks[0].itemId"], Errors(new SwotBuilder().WithTopRiskFor(Guid.NewGuid()).Build()).Keys);
    }

    [Fact]
    public void Swot_TopItemImpactAboveFive_IsOutOfRange()
    {
        var swot = new SwotBuilder().WithOpportunity("Tray conversion", top: (6, 2)).Build();

        Assert.Equal(["topOpportunities[0].impact"], Errors(swot).Keys);
    }

    [Fact]
    public void Objectives_MoreThanThree_AreValidButMoreThanTenAreNot()
    {
        Objective Numbered(int i) => new() { Title = $"Objective {i}" };

        Assert.Null(DeepValidation.Validate(new ObjectivesSection { Objectives = [.. Enumerable.Range(1, 4).Select(Numbered)] }));
        Assert.Equal(["objectives"], Errors(new ObjectivesSection { Objectives = [.. Enumerable.Range(1, 11).Select(Numbered)] }).Keys);
    }

    [Fact]
    public void NestedListsInNestedRecords_ReportTheFullPath()
    {
        var profile = new ProfileSection { Challenges = new CustomerChallenges { Goals = [new TextItem { Text = "Grow" }, new TextItem()] } };
        var kpis = new KpisSection { Kpis = [new Kpi { Name = "Visits", Actuals = [new KpiActual { Actual = 3m }] }] };

        Assert.Equal(["challenges.goals[1].text"], Errors(profile).Keys);
        Assert.Equal(["kpis[0].actuals[0].periodEnd"], Errors(kpis).Keys);
    }

    [Fact]
    public void Market_SharesAboveHundredPercent_AreRefusedOnTheList()
    {
        var market = new MarketSection
        {
            OurCompetitors = [new AccountCompetitor { Name = "Baxwell", ShareOfWalletPercent = 70m }, new AccountCompetitor { Name = "Krone", ShareOfWalletPercent = 40m }],
            CustomerCompetitors = [new MarketCompetitor { Name = "Northdale", MarketSharePercent = 120m }],
        };

        var errors = Errors(market);

        Assert.Contains("ourCompetitors", errors.Keys);
        Assert.Contains("customerCompetitors[0].marketSharePercent", errors.Keys);
    }

    [Fact]
    public void Amounts_BelowZero_AreRefusedWhereTheyAreCosts()
    {
        var budget = new BudgetSection { OtherCosts = [new SalesCost { Amount = -1m }], PlannedContributionMargin = -50_000m };

        Assert.Equal(["otherCosts[0].amount"], Errors(budget).Keys);
    }

    [Fact]
    public void History_SameYearTwice_IsRefused()
    {
        var history = new HistorySection { PurchaseVolumes = [new PurchaseVolume { Year = 2025, Amount = 1m }, new PurchaseVolume { Year = 2025, Amount = 2m }] };

        Assert.Equal(["purchaseVolumes[1].year"], Errors(history).Keys);
    }
}
