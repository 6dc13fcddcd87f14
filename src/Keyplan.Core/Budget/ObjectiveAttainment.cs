using Keyplan.Core.Plans.Sections;

namespace Keyplan.Core.Budget;

/// <summary>How far an objective has come: its KPI's latest actual against the target, as a fraction (1 = reached).</summary>
public static class ObjectiveAttainment
{
    /// <summary>
    /// Null when there is nothing to measure: no target, no actual yet, or a target of zero. The KPI's own target wins
    /// over the objective's (the KAM may have set the KPI more precisely). An objective whose target is below its
    /// baseline (fewer complaints) is reached the lower the actual is, so the ratio is turned round. Not capped: an
    /// objective beaten by half is 1.5, which is what a bonus scheme needs to know.
    /// </summary>
    public static decimal? Of(Objective objective, Kpi? kpi)
    {
        ArgumentNullException.ThrowIfNull(objective);
        var target = kpi?.Target ?? objective.Target;
        var latest = kpi?.Actuals.Where(a => a is { PeriodEnd: not null, Actual: not null }).MaxBy(a => a.PeriodEnd)?.Actual;
        if (target is not { } goal || latest is not { } actual || goal <= 0)
        {
            return null;
        }

        var lowerIsBetter = objective is { Baseline: { } baseline, Target: { } objectiveTarget } && objectiveTarget < baseline;
        if (lowerIsBetter)
        {
            return actual <= 0 ? null : Math.Round(goal / actual, 4);
        }

        return Math.Round(actual / goal, 4);
    }
}
