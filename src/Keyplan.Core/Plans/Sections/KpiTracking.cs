namespace Keyplan.Core.Plans.Sections;

/// <summary>Where a KPI stands at its latest review period, and the status that suggests.</summary>
/// <param name="Expected">What the KPI should have reached by the end of that period.</param>
public sealed record KpiAssessment(DateOnly PeriodEnd, decimal Actual, decimal Expected, bool LowerIsBetter, KpiStatus Status);

/// <summary>
/// Suggests a KPI's status from its target and its latest actual, for the KAM to confirm or overrule (<see cref="Kpi.Status"/>).
/// Amounts that add up over the plan period (revenue, margin, visits) are compared with the target pro rata to the end of the
/// review period; rates and scores (a "%" unit, customer satisfaction) with the target itself. A KPI of an objective whose
/// target is below its baseline (fewer complaints, shorter lead time) is better the lower it is.
/// </summary>
public static class KpiTracking
{
    /// <summary>Reaching this share of what was expected by now (but not all of it) is "at risk"; less is "off track".</summary>
    public const decimal AtRiskFrom = 0.9m;

    /// <summary>Whether the KPI adds up over the period (and so is expected to reach its target only at the end).</summary>
    public static bool IsCumulative(string? unit, ObjectiveMeasure? measure) =>
        measure is not (ObjectiveMeasure.CustomerSatisfaction or ObjectiveMeasure.ProductUptake)
        && unit?.Trim() != "%";

    /// <summary>The share (0–1) of the plan period that has passed at the end of the given day.</summary>
    public static decimal Elapsed(DateOnly periodEnd, DateOnly planStart, DateOnly planEnd)
    {
        var days = planEnd.DayNumber - planStart.DayNumber + 1;
        if (days <= 0)
        {
            return 1m;
        }

        return Math.Clamp((decimal)(periodEnd.DayNumber - planStart.DayNumber + 1) / days, 0m, 1m);
    }

    /// <summary>The assessment at the KPI's latest actual; null without a target or an actual, or where nothing is expected yet.</summary>
    /// <param name="objective">The objective the KPI measures, if any: its measure and baseline tell how to read the target.</param>
    public static KpiAssessment? Assess(Kpi kpi, Objective? objective, DateOnly planStart, DateOnly planEnd)
    {
        var latest = kpi.Actuals.Where(a => a is { PeriodEnd: not null, Actual: not null }).MaxBy(a => a.PeriodEnd);
        if (kpi.Target is not { } target || latest is null)
        {
            return null;
        }

        var lowerIsBetter = objective is { Baseline: { } baseline, Target: { } objectiveTarget } && objectiveTarget < baseline;
        var cumulative = !lowerIsBetter && IsCumulative(kpi.Unit, objective?.Measure);
        var expected = cumulative ? target * Elapsed(latest.PeriodEnd!.Value, planStart, planEnd) : target;
        var actual = latest.Actual!.Value;
        if (expected <= 0)
        {
            return null;
        }

        var reached = lowerIsBetter ? (actual <= 0 ? 1m : expected / actual) : actual / expected;
        var status = reached >= 1m ? KpiStatus.OnTrack : reached >= AtRiskFrom ? KpiStatus.AtRisk : KpiStatus.OffTrack;
        // Shown with the target's precision: "3 visits", not "2.99 visits" (the status above used the exact value).
        return new KpiAssessment(latest.PeriodEnd!.Value, actual, Math.Round(expected, Math.Min((int)target.Scale, 2)), lowerIsBetter, status);
    }

    /// <summary>The objectives that no KPI measures yet, in their order: the scorecard offers to add one for each.</summary>
    public static IReadOnlyList<Objective> ObjectivesWithoutKpi(IEnumerable<Objective> objectives, IEnumerable<Guid?> measuredObjectiveIds)
    {
        var measured = measuredObjectiveIds.OfType<Guid>().ToHashSet();
        return objectives.Where(o => !measured.Contains(o.Id)).ToList();
    }

    /// <summary>A KPI measuring the objective: its name, unit and target taken from the objective, the KAM adjusts them.</summary>
    public static Kpi For(Objective objective, string untitled) => new()
    {
        Name = string.IsNullOrWhiteSpace(objective.Title) ? untitled : objective.Title.Trim(),
        ObjectiveId = objective.Id,
        Unit = objective.Unit,
        Target = objective.Target,
    };

    /// <summary>
    /// The end of the review period after <paramref name="previous"/> (or the first one): the plan period is cut into
    /// review intervals from its start, the last one ending with the plan.
    /// </summary>
    public static DateOnly NextPeriodEnd(DateOnly? previous, DateOnly planStart, DateOnly planEnd, int reviewIntervalMonths)
    {
        var months = Math.Max(1, reviewIntervalMonths);
        for (var step = 1; step <= 120; step++)
        {
            var end = planStart.AddMonths(step * months).AddDays(-1);
            if (end >= planEnd)
            {
                return previous is { } p && p >= planEnd ? p.AddMonths(months) : planEnd;
            }

            if (previous is null || end > previous.Value)
            {
                return end;
            }
        }

        return planEnd;
    }
}
