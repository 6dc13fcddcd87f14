using Keyplan.Core.Plans.Sections;

namespace Keyplan.Core.Plans;

/// <summary>
/// What moves from one period's plan to the next (issue #3, item 9): the analysis and the stakeholder assessments,
/// open actions, running objectives and what hangs on them; not the actuals (done visits, KPI actuals, costs, decided requests).
/// </summary>
public static class CarryForwardRules
{
    public static IReadOnlyDictionary<string, SectionContent> Carry(IReadOnlyDictionary<string, SectionContent> previous, DateOnly newStart)
    {
        var carried = new Dictionary<string, SectionContent>();
        foreach (var (key, content) in previous)
        {
            carried[key] = content;
        }

        var objectives = Get<ObjectivesSection>(previous, SectionKeys.Objectives);
        var running = objectives.Objectives.Where(o => o.DueDate is null || o.DueDate >= newStart).ToList();
        var runningIds = running.Select(o => o.Id).ToHashSet();
        Guid? KeepObjective(Guid? id) => id is { } value && runningIds.Contains(value) ? value : null;

        var strategy = Get<StrategySection>(previous, SectionKeys.Strategy);
        var actions = Get<ActionsSection>(previous, SectionKeys.Actions);
        var visits = Get<VisitsSection>(previous, SectionKeys.Visits);
        var kpis = Get<KpisSection>(previous, SectionKeys.Kpis);
        var offering = Get<ValueOfferingSection>(previous, SectionKeys.ValueOffering);
        var decisions = Get<DecisionsSection>(previous, SectionKeys.Decisions);

        Put(carried, SectionKeys.Objectives, objectives with { Objectives = running });
        Put(carried, SectionKeys.Strategy, strategy with { Entries = [.. strategy.Entries.Where(e => e.ObjectiveId is { } id && runningIds.Contains(id))] });
        Put(carried, SectionKeys.Actions, actions with
        {
            Actions = [.. actions.Actions
                .Where(a => a.Status is ActionStatus.Planned or ActionStatus.InProgress)
                .Select(a => a with { ObjectiveId = KeepObjective(a.ObjectiveId) })],
        });
        Put(carried, SectionKeys.Visits, visits with { Visits = [.. visits.Visits.Where(v => v.Status == VisitStatus.Planned && v.Date >= newStart)] });
        Put(carried, SectionKeys.Kpis, kpis with { Kpis = [.. kpis.Kpis.Select(k => k with { Actuals = [], Status = null, ObjectiveId = KeepObjective(k.ObjectiveId) })] });
        Put(carried, SectionKeys.ValueOffering, offering with
        {
            Commitments = [.. offering.Commitments.Where(c => c.Status is CommitmentStatus.Open or CommitmentStatus.InProgress)],
        });
        Put(carried, SectionKeys.Decisions, decisions with { Requests = [.. decisions.Requests.Where(r => r.Decision == DecisionOutcome.Pending)] });

        // Costs belong to the period they were planned for; the next period starts its budget afresh.
        Put(carried, SectionKeys.Budget, new BudgetSection());
        return carried;
    }

    private static T Get<T>(IReadOnlyDictionary<string, SectionContent> sections, string key) where T : SectionContent, new() =>
        sections.TryGetValue(key, out var content) && content is T typed ? typed : new T();

    /// <summary>Only sections the previous plan had (its template) are carried.</summary>
    private static void Put(Dictionary<string, SectionContent> sections, string key, SectionContent content)
    {
        if (sections.ContainsKey(key))
        {
            sections[key] = content;
        }
    }
}
