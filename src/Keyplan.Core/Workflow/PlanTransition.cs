using Keyplan.Core.Identity;
using Keyplan.Core.Plans;

namespace Keyplan.Core.Workflow;

/// <summary>What someone does to a plan's status (SPEC §3, "Review and approval").</summary>
public enum WorkflowAction
{
    Submit,
    Return,
    Approve,

    /// <summary>Back to draft: after a return, or to work on a new version of an approved plan.</summary>
    Reopen,
}

/// <summary>One step of a plan through the workflow: who moved it from which status to which, when and why. Never changed.</summary>
public class PlanTransition
{
    public const int CommentMaxLength = 2000;

    public int Id { get; set; }
    public int PlanId { get; set; }
    public Plan? Plan { get; set; }
    public WorkflowAction Action { get; set; }
    public PlanStatus From { get; set; }
    public PlanStatus To { get; set; }

    /// <summary>The plan's version number the step concerns.</summary>
    public int VersionNumber { get; set; }
    public string? ActorId { get; set; }
    public User? Actor { get; set; }
    public DateTimeOffset At { get; set; }
    public string? Comment { get; set; }
}
