using Keyplan.Core.Plans.Sections;
using Keyplan.Core.Resources;

namespace Keyplan.Core.Plans.Completeness;

/// <summary>
/// How complete each of the six steps is, and what is missing or weak (issue #3, item 3). A pure function of the
/// plan's content and the date, so every rule is unit-tested on its own.
/// </summary>
public static class CompletenessCalculator
{
    public const int MaxObjectives = 3;

    public static PlanCompleteness Calculate(PlanSnapshot plan, DateTimeOffset now)
    {
        var steps = new[]
        {
            CollectData(plan),
            SoWhat(plan),
            TopOpportunitiesAndRisks(plan),
            Objectives(plan),
            Strategy(plan),
            ActionsVisitsAndCosts(plan),
        };

        var planWide = new Checklist(step: null);
        var staleAfter = plan.UpdatedAt.AddMonths(plan.ReviewIntervalMonths);
        planWide.Check(now <= staleAfter, MissingItemKind.PlanNotUpdated, SectionKeys.Summary, null, plan.ReviewIntervalMonths);

        var results = steps.Select(s => s.ToResult()).ToList();
        return new PlanCompleteness(
            (int)Math.Round(results.Average(s => s.Percent)),
            results,
            results.SelectMany(s => s.Missing).Concat(planWide.Missing).ToList());
    }

    private static Checklist CollectData(PlanSnapshot plan)
    {
        var list = new Checklist(PlanStep.CollectData);
        foreach (var section in SectionCatalog.All.Where(s => s.Step == PlanStep.CollectData && plan.Has(s.Key)))
        {
            list.Check(HasContent(section, plan.Sections[section.Key]), MissingItemKind.SectionEmpty, section.Key, null,
                CompletenessText.SectionTitle(section.Key));
        }

        if (plan.Has(SectionKeys.BuyingCenter))
        {
            var coverage = BuyingInfluenceCoverage.Of(plan.Section<BuyingCenterSection>(SectionKeys.BuyingCenter).Stakeholders);
            bool Named(BuyingInfluence influence) => coverage.Any(c => c.Influence == influence && c.State != CoverageState.Uncovered);
            list.Check(Named(BuyingInfluence.EconomicBuyer), MissingItemKind.NoEconomicBuyer, SectionKeys.BuyingCenter);
            list.Check(Named(BuyingInfluence.Coach), MissingItemKind.NoCoach, SectionKeys.BuyingCenter);
            foreach (var (influence, state) in coverage.Where(c => c.State != CoverageState.Uncovered))
            {
                list.Check(state != CoverageState.OnlyNegative, MissingItemKind.InfluenceOnlyNegative, SectionKeys.BuyingCenter, null,
                    CompletenessText.InfluenceName(influence));
            }
        }

        return list;
    }

    private static Checklist SoWhat(PlanSnapshot plan)
    {
        var list = new Checklist(PlanStep.SoWhat);
        var swot = plan.Section<SwotSection>(SectionKeys.Swot);
        var items = swot.Strengths.Concat(swot.Weaknesses).Concat(swot.Opportunities).Concat(swot.Threats).ToList();
        list.Check(items.Count > 0, MissingItemKind.SwotEmpty, SectionKeys.Swot);
        foreach (var item in items)
        {
            list.Check(!string.IsNullOrWhiteSpace(item.Implication), MissingItemKind.SwotItemWithoutImplication, SectionKeys.Swot, item.Id, item.Text ?? string.Empty);
        }

        return list;
    }

    private static Checklist TopOpportunitiesAndRisks(PlanSnapshot plan)
    {
        var list = new Checklist(PlanStep.TopOpportunitiesAndRisks);
        var swot = plan.Section<SwotSection>(SectionKeys.Swot);
        list.Check(swot.TopOpportunities.Count > 0, MissingItemKind.NoTopOpportunities, SectionKeys.Swot);
        list.Check(swot.TopRisks.Count > 0, MissingItemKind.NoTopRisks, SectionKeys.Swot);

        var addressed = plan.Section<ObjectivesSection>(SectionKeys.Objectives).Objectives.SelectMany(o => o.Addresses)
            .Concat(plan.Section<ActionsSection>(SectionKeys.Actions).Actions.Where(a => a.Status != ActionStatus.Cancelled).SelectMany(a => a.Addresses))
            .ToHashSet();
        var texts = swot.Threats.Concat(swot.Weaknesses).ToDictionary(i => i.Id, i => i.Text ?? string.Empty);
        foreach (var risk in swot.TopRisks.Where(r => r.ItemId is not null))
        {
            list.Check(addressed.Contains(risk.ItemId!.Value), MissingItemKind.TopRiskUnaddressed, SectionKeys.Swot, risk.ItemId,
                texts.GetValueOrDefault(risk.ItemId.Value, string.Empty));
        }

        return list;
    }

    private static Checklist Objectives(PlanSnapshot plan)
    {
        var list = new Checklist(PlanStep.StrategicObjectives);
        var objectives = plan.Section<ObjectivesSection>(SectionKeys.Objectives).Objectives;
        list.Check(objectives.Count > 0, MissingItemKind.NoObjectives, SectionKeys.Objectives);
        list.Check(objectives.Count <= MaxObjectives, MissingItemKind.TooManyObjectives, SectionKeys.Objectives, null, objectives.Count);
        foreach (var objective in objectives)
        {
            var title = objective.Title ?? string.Empty;
            list.Check(objective.Measure is not null, MissingItemKind.ObjectiveWithoutMeasure, SectionKeys.Objectives, objective.Id, title);
            list.Check(objective.Target is not null, MissingItemKind.ObjectiveWithoutTarget, SectionKeys.Objectives, objective.Id, title);
            list.Check(objective.DueDate is not null, MissingItemKind.ObjectiveWithoutDueDate, SectionKeys.Objectives, objective.Id, title);
        }

        return list;
    }

    private static Checklist Strategy(PlanSnapshot plan)
    {
        var list = new Checklist(PlanStep.Strategy);
        if (!plan.Has(SectionKeys.Strategy))
        {
            return list;
        }

        var withStrategy = plan.Section<StrategySection>(SectionKeys.Strategy).Entries.Select(e => e.ObjectiveId).ToHashSet();
        foreach (var objective in plan.Section<ObjectivesSection>(SectionKeys.Objectives).Objectives)
        {
            list.Check(withStrategy.Contains(objective.Id), MissingItemKind.ObjectiveWithoutStrategy, SectionKeys.Strategy, objective.Id,
                objective.Title ?? string.Empty);
        }

        return list;
    }

    private static Checklist ActionsVisitsAndCosts(PlanSnapshot plan)
    {
        var list = new Checklist(PlanStep.ActionsVisitsAndCosts);
        var actions = plan.Section<ActionsSection>(SectionKeys.Actions).Actions.Where(a => a.Status != ActionStatus.Cancelled).ToList();
        list.Check(actions.Count > 0, MissingItemKind.NoActions, SectionKeys.Actions);
        foreach (var action in actions)
        {
            var title = action.Title ?? string.Empty;
            list.Check(!string.IsNullOrEmpty(action.OwnerUserId), MissingItemKind.ActionWithoutOwner, SectionKeys.Actions, action.Id, title);
            list.Check(action.DueDate is not null, MissingItemKind.ActionWithoutDueDate, SectionKeys.Actions, action.Id, title);
        }

        var visits = plan.Section<VisitsSection>(SectionKeys.Visits);
        if (visits.TargetVisitsPerYear is { } perYear and > 0)
        {
            var target = TargetForPeriod(perYear, plan.PeriodStart, plan.PeriodEnd);
            var planned = visits.Visits.Count(v => v.Status != VisitStatus.Cancelled);
            list.Check(planned >= target, MissingItemKind.VisitsBelowTarget, SectionKeys.Visits, null, planned, target);
        }

        if (plan.Has(SectionKeys.Budget))
        {
            var budget = SectionCatalog.Find(SectionKeys.Budget)!;
            list.Check(HasContent(budget, plan.Sections[SectionKeys.Budget]), MissingItemKind.SectionEmpty, SectionKeys.Budget, null,
                CompletenessText.SectionTitle(SectionKeys.Budget));
        }

        return list;
    }

    /// <summary>The yearly visit target scaled to the plan's period (a half-year plan needs half the visits).</summary>
    public static int TargetForPeriod(int perYear, DateOnly start, DateOnly end)
    {
        var days = end.DayNumber - start.DayNumber + 1;
        return (int)Math.Round(perYear * days / 365.25, MidpointRounding.AwayFromZero);
    }

    private static bool HasContent(SectionDefinition definition, SectionContent content) =>
        SectionJson.Serialize(content) != SectionJson.Serialize(definition.CreateEmpty());
}
