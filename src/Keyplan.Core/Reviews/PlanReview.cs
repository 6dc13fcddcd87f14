using Keyplan.Core.Identity;
using Keyplan.Core.Plans;
using Keyplan.Core.Plans.Sections;

namespace Keyplan.Core.Reviews;

/// <summary>
/// A periodic review of a plan, as held (SPEC §3): when, who took part, the KPI actuals of the period, progress on
/// objectives and actions, the decisions taken and the next steps. A record of what was said: it is not edited later.
/// </summary>
public class PlanReview
{
    public const int TextMaxLength = 4000;
    public const int ParticipantsMaxLength = 1000;

    public int Id { get; set; }
    public int PlanId { get; set; }
    public Plan? Plan { get; set; }
    public DateOnly HeldOn { get; set; }

    /// <summary>The due date of the interval the review looks back on (one of <see cref="ReviewSchedule.DueDates"/>).</summary>
    public DateOnly PeriodEnd { get; set; }
    public required string Participants { get; set; }

    /// <summary>The KPIs as they stood in the review (JSON of <see cref="ReviewKpiActual"/>): a record, kept as it was.</summary>
    public required string KpiActuals { get; set; }
    public string? ObjectivesProgress { get; set; }
    public string? ActionsProgress { get; set; }
    public string? Decisions { get; set; }
    public string? NextSteps { get; set; }
    public required string RecordedById { get; set; }
    public User? RecordedBy { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
}

/// <summary>One KPI in a review: its target, the actual of the period, and the status agreed (and the one suggested).</summary>
public sealed record ReviewKpiActual(Guid KpiId, string Name, string? Unit, decimal? Target, decimal Actual, KpiStatus Status, KpiStatus? SuggestedStatus);
