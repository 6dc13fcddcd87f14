using Keyplan.Core.Identity;
using Keyplan.Core.Plans;

namespace Keyplan.Core.Workflow;

/// <summary>The facts about a plan that decide who may move it where.</summary>
/// <param name="SubmitterIds">Team members the KAM allowed to submit.</param>
/// <param name="TeamIds">Everyone on the plan team.</param>
public sealed record PlanWorkflowFacts(
    PlanStatus Status, string OwnerId, int BusinessAreaId, IReadOnlySet<string> SubmitterIds, IReadOnlySet<string> TeamIds);

/// <summary>
/// Who may submit, return, approve and reopen a plan, and from which status (SPEC §3). The KAM (or a team member they
/// allow) submits and reopens; the Business Area Manager of the account's area, Management or an administrator returns
/// and approves — never their own plan. A user who may not do the action at all is refused (403) whatever the status;
/// one who may but not now is told the status does not allow it (409).
/// </summary>
public static class WorkflowRules
{
    public static PlanStatus Target(WorkflowAction action) => action switch
    {
        WorkflowAction.Submit => PlanStatus.Submitted,
        WorkflowAction.Return => PlanStatus.ChangesRequested,
        WorkflowAction.Approve => PlanStatus.Approved,
        WorkflowAction.Reopen => PlanStatus.Draft,
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
    };

    public static bool AllowedFrom(WorkflowAction action, PlanStatus status) => action switch
    {
        WorkflowAction.Submit => status == PlanStatus.Draft,
        WorkflowAction.Return or WorkflowAction.Approve => status == PlanStatus.Submitted,
        WorkflowAction.Reopen => status is PlanStatus.ChangesRequested or PlanStatus.Approved,
        _ => false,
    };

    public static bool MaySubmit(CurrentUser user, PlanWorkflowFacts plan) =>
        plan.OwnerId == user.Id || plan.SubmitterIds.Contains(user.Id);

    public static bool MayReview(CurrentUser user, PlanWorkflowFacts plan) =>
        plan.OwnerId != user.Id && !plan.TeamIds.Contains(user.Id)
        && (user.IsInRole(Roles.Administrator) || user.IsInRole(Roles.Management)
            || (user.IsInRole(Roles.BusinessAreaManager) && user.BusinessAreaId == plan.BusinessAreaId));

    public static bool MayDo(WorkflowAction action, CurrentUser user, PlanWorkflowFacts plan) => action switch
    {
        WorkflowAction.Submit or WorkflowAction.Reopen => MaySubmit(user, plan),
        WorkflowAction.Return or WorkflowAction.Approve => MayReview(user, plan),
        _ => false,
    };

    /// <summary>Null when the user may do the action now; otherwise why not.</summary>
    public static Failure? Check(WorkflowAction action, CurrentUser user, PlanWorkflowFacts plan)
    {
        if (!MayDo(action, user, plan))
        {
            return new Failure.Forbidden();
        }

        return AllowedFrom(action, plan.Status) ? null : new Failure.Conflict(plan.Status.ToString());
    }

    /// <summary>The actions the user may take on the plan now, for the buttons on the plan page.</summary>
    public static IReadOnlyList<WorkflowAction> Available(CurrentUser user, PlanWorkflowFacts plan) =>
        Enum.GetValues<WorkflowAction>().Where(a => Check(a, user, plan) is null).ToList();
}
