using Keyplan.Core.Plans;
using Keyplan.Core.Plans.Sections;

namespace Keyplan.UnitTests.Plans;

public sealed class CarryForwardTests
{
    private static readonly DateOnly NewStart = new(2027, 1, 1);

    [Fact]
    public void Carry_KeepsRunningObjectivesAndOpenActions_AndDropsTheActuals()
    {
        var running = new Objective { Title = "Double tray volume", DueDate = new DateOnly(2027, 12, 31) };
        var ended = new Objective { Title = "Win the May tender", DueDate = new DateOnly(2026, 5, 31) };
        var previous = new Dictionary<string, SectionContent>
        {
            [SectionKeys.Swot] = new SwotBuilder().WithStrength("Engineers on site", "Lead with service").Build(),
            [SectionKeys.Objectives] = new ObjectivesSection { Objectives = [running, ended] },
            [SectionKeys.Strategy] = new StrategySection
            {
                Entries = [new StrategyEntry { ObjectiveId = running.Id }, new StrategyEntry { ObjectiveId = ended.Id }],
            },
            [SectionKeys.Actions] = new ActionsSection
            {
                Actions =
                [
                    new PlanAction { Title = "Trial on line 2", ObjectiveId = ended.Id, Status = ActionStatus.InProgress },
                    new PlanAction { Title = "Tender offer", ObjectiveId = ended.Id, Status = ActionStatus.Done },
                ],
            },
            [SectionKeys.Visits] = new VisitsSection
            {
                TargetVisitsPerYear = 8,
                Visits =
                [
                    new PlannedVisit { Date = new DateOnly(2026, 10, 1), Status = VisitStatus.Done },
                    new PlannedVisit { Date = new DateOnly(2027, 2, 1), Status = VisitStatus.Planned },
                ],
            },
            [SectionKeys.Kpis] = new KpisSection
            {
                Kpis = [new Kpi { Name = "Trays", ObjectiveId = running.Id, Actuals = [new KpiActual { PeriodEnd = new DateOnly(2026, 6, 30), Actual = 4 }], Status = KpiStatus.OnTrack }],
            },
            [SectionKeys.Budget] = new BudgetSection { OtherCosts = [new SalesCost { Amount = 1200m, Description = "Trade fair" }] },
        };

        var carried = CarryForwardRules.Carry(previous, NewStart);

        Assert.Equal(SectionJson.Serialize(previous[SectionKeys.Swot]), SectionJson.Serialize(carried[SectionKeys.Swot]));
        Assert.Equal([running.Id], ((ObjectivesSection)carried[SectionKeys.Objectives]).Objectives.Select(o => o.Id));
        Assert.Equal([running.Id], ((StrategySection)carried[SectionKeys.Strategy]).Entries.Select(e => e.ObjectiveId));
        var action = Assert.Single(((ActionsSection)carried[SectionKeys.Actions]).Actions);
        Assert.Equal(("Trial on line 2", (Guid?)null), (action.Title, action.ObjectiveId));
        var visits = (VisitsSection)carried[SectionKeys.Visits];
        Assert.Equal(8, visits.TargetVisitsPerYear);
        Assert.Equal(new DateOnly(2027, 2, 1), Assert.Single(visits.Visits).Date);
        var kpi = Assert.Single(((KpisSection)carried[SectionKeys.Kpis]).Kpis);
        Assert.Empty(kpi.Actuals);
        Assert.Null(kpi.Status);
        Assert.Empty(((BudgetSection)carried[SectionKeys.Budget]).OtherCosts);
    }

    [Fact]
    public void Carry_OfALightPlan_AddsNoSectionsItDidNotHave()
    {
        var previous = new Dictionary<string, SectionContent> { [SectionKeys.Actions] = new ActionsSection() };

        var carried = CarryForwardRules.Carry(previous, NewStart);

        Assert.Equal([SectionKeys.Actions], carried.Keys);
    }
}
