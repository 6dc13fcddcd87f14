namespace Keyplan.Core.Plans.Completeness;

/// <summary>What is missing or weak in a plan (issue #3, item 3). Each kind has a localized message.</summary>
public enum MissingItemKind
{
    SectionEmpty,
    NoEconomicBuyer,
    NoCoach,
    InfluenceOnlyNegative,
    SwotEmpty,
    SwotItemWithoutImplication,
    NoTopOpportunities,
    NoTopRisks,
    TopRiskUnaddressed,
    NoObjectives,
    TooManyObjectives,
    ObjectiveWithoutMeasure,
    ObjectiveWithoutTarget,
    ObjectiveWithoutDueDate,
    ObjectiveWithoutStrategy,
    NoActions,
    ActionWithoutOwner,
    ActionWithoutDueDate,
    VisitsBelowTarget,
    PlanNotUpdated,
}

/// <param name="Section">The section to open to fix it.</param>
/// <param name="ItemId">The item within the section, when the problem is about one item.</param>
/// <param name="Message">The problem in the reader's language, naming the item.</param>
public sealed record MissingItem(MissingItemKind Kind, string Section, PlanStep? Step, Guid? ItemId, string Message);

public sealed record StepCompleteness(PlanStep Step, int Percent, IReadOnlyList<MissingItem> Missing);

/// <param name="Missing">Everything missing or weak, the plan-wide items (such as staleness) included.</param>
public sealed record PlanCompleteness(int Percent, IReadOnlyList<StepCompleteness> Steps, IReadOnlyList<MissingItem> Missing);
