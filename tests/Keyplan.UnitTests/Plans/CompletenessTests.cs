using Keyplan.Core.Plans;
using Keyplan.Core.Plans.Completeness;
using Keyplan.Core.Plans.Sections;
using Keyplan.Core.Plans.Templates;

namespace Keyplan.UnitTests.Plans;

/// <summary>One test per rule of the missing-items list (issue #3, item 3), starting from a complete example plan.</summary>
public sealed class CompletenessTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);

    private static PlanCompleteness Calculate(ExamplePlan example, Func<Dictionary<string, SectionContent>, Dictionary<string, SectionContent>>? change = null,
        DateTimeOffset? updatedAt = null, PlanTemplateKind template = PlanTemplateKind.Full)
    {
        var sections = Complete(example);
        if (template == PlanTemplateKind.Light)
        {
            sections = sections.Where(s => BuiltInTemplates.Definition(PlanTemplateKind.Light).Has(s.Key)).ToDictionary();
        }

        sections = change?.Invoke(sections) ?? sections;
        var snapshot = new PlanSnapshot(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), 3, updatedAt ?? Now.AddDays(-10), sections);
        return CompletenessCalculator.Calculate(snapshot, Now);
    }

    /// <summary>
    /// The example plan with its deliberate gaps closed: every stakeholder group has someone positive, every top risk
    /// an action, every objective a strategy, and the visit target is what is planned.
    /// </summary>
    private static Dictionary<string, SectionContent> Complete(ExamplePlan example)
    {
        var sections = example.Sections.ToDictionary(s => SectionCatalog.All.Single(d => d.ContentType == s.GetType()).Key);
        sections[SectionKeys.BuyingCenter] = new BuyingCenterSection
        {
            Stakeholders = [.. example.BuyingCenter.Stakeholders.Select(s => s with { Attitude = Math.Max(s.Attitude ?? 0, 1) })],
        };
        var risks = example.Swot.TopRisks.Select(r => r.ItemId!.Value).ToList();
        sections[SectionKeys.Actions] = new ActionsSection
        {
            Actions = [example.Actions.Actions[0] with { Addresses = [.. example.Actions.Actions[0].Addresses.Union(risks)] }, .. example.Actions.Actions.Skip(1)],
        };
        sections[SectionKeys.Strategy] = new StrategySection
        {
            Entries = [.. example.Objectives.Objectives.Select(o => new StrategyEntry { ObjectiveId = o.Id, WhatWeSell = "Mono-material trays" })],
        };
        var visits = (VisitsSection)sections[SectionKeys.Visits];
        sections[SectionKeys.Visits] = visits with { TargetVisitsPerYear = visits.Visits.Count };
        return sections;
    }

    private static Dictionary<string, SectionContent> With(Dictionary<string, SectionContent> sections, string key, SectionContent content)
    {
        sections[key] = content;
        return sections;
    }

    private static IEnumerable<MissingItemKind> Kinds(PlanCompleteness completeness) => completeness.Missing.Select(m => m.Kind);

    [Fact]
    public void CompleteExamplePlan_HasNothingMissingAndEveryStepAt100()
    {
        var completeness = Calculate(new ExamplePlan());

        Assert.Empty(completeness.Missing.Select(m => m.Message));
        Assert.All(completeness.Steps, s => Assert.Equal(100, s.Percent));
        Assert.Equal(100, completeness.Percent);
    }

    [Fact]
    public void ObjectiveWithoutMeasureTargetOrDate_IsListedPerGap()
    {
        var example = new ExamplePlan();
        var objective = example.Objectives.Objectives[0] with { Measure = null, Target = null, DueDate = null };

        var completeness = Calculate(example, s => With(s, SectionKeys.Objectives, new ObjectivesSection { Objectives = [objective, .. example.Objectives.Objectives.Skip(1)] }));


        Assert.Equal(
            [MissingItemKind.ObjectiveWithoutMeasure, MissingItemKind.ObjectiveWithoutTarget, MissingItemKind.ObjectiveWithoutDueDate],
            Kinds(completeness));
        Assert.All(completeness.Missing, m => Assert.Equal(objective.Id, m.ItemId));
        Assert.Contains(objective.Title!, completeness.Missing[0].Message, StringComparison.Ordinal);
        Assert.True(completeness.Steps.Single(s => s.Step == PlanStep.StrategicObjectives).Percent < 100);
    }

    [Fact]
    public void MoreThanThreeObjectives_IsFlagged()
    {
        var example = new ExamplePlan();
        var template = example.Objectives.Objectives[0];
        var four = Enumerable.Range(1, 4).Select(i => template with { Id = Guid.NewGuid(), Title = $"Objective {i}" }).ToList();

        var completeness = Calculate(example, s => With(s, SectionKeys.Objectives, new ObjectivesSection { Objectives = four }));

        Assert.Contains(MissingItemKind.TooManyObjectives, Kinds(completeness));
    }

    [Fact]
    public void ActionWithoutOwnerOrDate_IsFlagged_ButCancelledActionsAreNot()
    {
        var example = new ExamplePlan();
        var open = new PlanAction { Title = "Call the plant manager" };
        var cancelled = new PlanAction { Title = "Old idea", Status = ActionStatus.Cancelled };

        var completeness = Calculate(example, s => With(s, SectionKeys.Actions,
            new ActionsSection { Actions = [.. ((ActionsSection)s[SectionKeys.Actions]).Actions, open, cancelled] }));

        Assert.Equal([MissingItemKind.ActionWithoutOwner, MissingItemKind.ActionWithoutDueDate], Kinds(completeness));
        Assert.All(completeness.Missing, m => Assert.Equal(open.Id, m.ItemId));
    }

    [Fact]
    public void TopRiskThatNoActionOrObjectiveAddresses_IsFlagged()
    {
        var example = new ExamplePlan();
        var risks = example.Swot.TopRisks.Select(r => r.ItemId!.Value).ToHashSet();
        var objectives = example.Objectives.Objectives.Select(o => o with { Addresses = [.. o.Addresses.Where(a => !risks.Contains(a))] }).ToList();
        var completeness = Calculate(example, s =>
        {
            var actions = ((ActionsSection)s[SectionKeys.Actions]).Actions.Select(a => a with { Addresses = [.. a.Addresses.Where(x => !risks.Contains(x))] });
            With(s, SectionKeys.Objectives, new ObjectivesSection { Objectives = objectives });
            return With(s, SectionKeys.Actions, new ActionsSection { Actions = [.. actions] });
        });

        Assert.Equal(risks.Count, Kinds(completeness).Count(k => k == MissingItemKind.TopRiskUnaddressed));
        Assert.All(completeness.Missing.Where(m => m.Kind == MissingItemKind.TopRiskUnaddressed), m => Assert.Contains(m.ItemId!.Value, risks));
    }

    [Fact]
    public void NoEconomicBuyerOrCoach_IsFlagged()
    {
        var example = new ExamplePlan();
        var completeness = Calculate(example, s => With(s, SectionKeys.BuyingCenter, new BuyingCenterSection
        {
            Stakeholders = [.. ((BuyingCenterSection)s[SectionKeys.BuyingCenter]).Stakeholders.Select(x => x with { BuyingInfluences = [BuyingInfluence.UserBuyer] })],
        }));

        Assert.Equal([MissingItemKind.NoEconomicBuyer, MissingItemKind.NoCoach], Kinds(completeness));
    }

    [Fact]
    public void InfluenceHeldOnlyByNegativeContacts_IsFlagged()
    {
        var example = new ExamplePlan();
        var completeness = Calculate(example, s => With(s, SectionKeys.BuyingCenter, new BuyingCenterSection
        {
            Stakeholders = [.. ((BuyingCenterSection)s[SectionKeys.BuyingCenter]).Stakeholders
                .Select(x => x.BuyingInfluences.Contains(BuyingInfluence.EconomicBuyer) ? x with { Attitude = -2 } : x)],
        }));

        var item = Assert.Single(completeness.Missing);
        Assert.Equal(MissingItemKind.InfluenceOnlyNegative, item.Kind);
        Assert.Contains("economic buyer", item.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void VisitsBelowTheTargetForThePeriod_IsFlagged()
    {
        var example = new ExamplePlan();

        var completeness = Calculate(example, s =>
        {
            var visits = (VisitsSection)s[SectionKeys.Visits];
            return With(s, SectionKeys.Visits, visits with { TargetVisitsPerYear = visits.Visits.Count + 5 });
        });

        Assert.Equal([MissingItemKind.VisitsBelowTarget], Kinds(completeness));
    }

    [Theory]
    [InlineData(2026, 1, 1, 2026, 12, 31, 12, 12)]
    [InlineData(2028, 1, 1, 2028, 12, 31, 12, 12)]
    [InlineData(2026, 1, 1, 2026, 6, 30, 12, 6)]
    [InlineData(2026, 1, 1, 2026, 3, 31, 4, 1)]
    public void VisitTarget_ScalesWithThePeriod(int y1, int m1, int d1, int y2, int m2, int d2, int perYear, int expected) =>
        Assert.Equal(expected, CompletenessCalculator.TargetForPeriod(perYear, new DateOnly(y1, m1, d1), new DateOnly(y2, m2, d2)));

    [Fact]
    public void PlanNotUpdatedWithinItsReviewInterval_IsFlagged()
    {
        var completeness = Calculate(new ExamplePlan(), updatedAt: Now.AddMonths(-4));

        var item = Assert.Single(completeness.Missing);
        Assert.Equal(MissingItemKind.PlanNotUpdated, item.Kind);
        Assert.Null(item.Step);
    }

    [Fact]
    public void EmptyPlan_ListsEverySectionOfStepOneAndEveryStepBelow100()
    {
        var empty = SectionCatalog.All.ToDictionary(s => s.Key, s => s.CreateEmpty());

        var completeness = CompletenessCalculator.Calculate(
            new PlanSnapshot(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), 3, Now, empty), Now);

        Assert.Equal(6, completeness.Missing.Count(m => m.Kind == MissingItemKind.SectionEmpty && m.Step == PlanStep.CollectData));
        Assert.Contains(MissingItemKind.SwotEmpty, Kinds(completeness));
        Assert.Contains(MissingItemKind.NoObjectives, Kinds(completeness));
        Assert.Contains(MissingItemKind.NoActions, Kinds(completeness));
        Assert.All(completeness.Steps.Where(s => s.Step != PlanStep.Strategy), s => Assert.True(s.Percent < 100, $"{s.Step} is {s.Percent}%"));
    }

    [Fact]
    public void LightTemplate_DoesNotAskForSectionsItLeavesOut()
    {
        var completeness = Calculate(new ExamplePlan(), template: PlanTemplateKind.Light);

        Assert.Empty(completeness.Missing.Select(m => m.Message));
    }
}
