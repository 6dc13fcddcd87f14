using Keyplan.Core.Identity;
using Keyplan.Core.Plans;
using Keyplan.Core.Plans.Sections;

namespace Keyplan.Core.Decisions;

/// <summary>Who has a decision request on their desk.</summary>
public enum DecisionStage
{
    BusinessAreaManager,
    Management,
    Decided,
}

/// <summary>
/// A request of a plan's decisions section (<see cref="DecisionRequest"/>) put to leadership (SPEC §3): the Business Area
/// Manager decides it or escalates it to Management. It keeps what was asked as it was asked, so later edits of the
/// section do not change the question under the decider's eyes. The outcome is written back into the section.
/// </summary>
public class DecisionSubmission : IVersioned
{
    public const int TextMaxLength = 4000;
    public const int TitleMaxLength = 200;

    public int Id { get; set; }
    public int PlanId { get; set; }
    public Plan? Plan { get; set; }

    /// <summary>The request's id in the decisions section.</summary>
    public Guid ItemId { get; set; }
    public required string Title { get; set; }
    public DecisionRequestKind? Kind { get; set; }
    public decimal? Amount { get; set; }
    public string? Rationale { get; set; }

    /// <summary>The options, one per line.</summary>
    public string? Options { get; set; }
    public string? Recommendation { get; set; }
    public DecisionStage Stage { get; set; }
    public required string SubmittedById { get; set; }
    public User? SubmittedBy { get; set; }
    public DateTimeOffset SubmittedAt { get; set; }
    public string? EscalatedById { get; set; }
    public User? EscalatedBy { get; set; }
    public DateTimeOffset? EscalatedAt { get; set; }
    public string? EscalationComment { get; set; }
    public DecisionOutcome Outcome { get; set; }
    public string? DecidedById { get; set; }
    public User? DecidedBy { get; set; }
    public DateOnly? DecidedOn { get; set; }
    public string? DecisionComment { get; set; }

    /// <summary>Raised on every change; two deciders at once cannot both win.</summary>
    public int Version { get; set; }
}
