using Keyplan.Core.Identity;

namespace Keyplan.Core.Decisions;

public enum DecisionAction
{
    Decide,
    Escalate,
}

/// <summary>
/// Who decides what (SPEC §1 and §3): the Business Area Manager of the plan's area decides or escalates the requests on
/// their desk; Management (and administrators) decide any open request. Nobody decides a request they submitted.
/// A user who may never act on the request is refused (403); one who may, but not at its stage, gets a conflict (409).
/// </summary>
public static class DecisionRules
{
    public static bool IsLeadershipOf(CurrentUser user, int businessAreaId) =>
        user.IsInRole(Roles.Administrator) || user.IsInRole(Roles.Management)
        || (user.IsInRole(Roles.BusinessAreaManager) && user.BusinessAreaId == businessAreaId);

    public static Failure? Check(DecisionAction action, CurrentUser user, DecisionStage stage, int businessAreaId, string submittedById)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!IsLeadershipOf(user, businessAreaId) || user.Id == submittedById)
        {
            return new Failure.Forbidden();
        }

        var seesAll = user.IsInRole(Roles.Administrator) || user.IsInRole(Roles.Management);
        var isBusinessAreaManager = user.IsInRole(Roles.BusinessAreaManager) && user.BusinessAreaId == businessAreaId;
        // Management decides; it does not pass requests on. A request escalated past its Business Area Manager is not theirs any more.
        if ((action == DecisionAction.Escalate && !isBusinessAreaManager && !user.IsInRole(Roles.Administrator))
            || (action == DecisionAction.Decide && stage == DecisionStage.Management && !seesAll))
        {
            return new Failure.Forbidden();
        }

        var allowed = stage == DecisionStage.BusinessAreaManager || (stage == DecisionStage.Management && action == DecisionAction.Decide);
        return allowed ? null : new Failure.Conflict(stage.ToString());
    }

    public static IReadOnlyList<DecisionAction> Available(CurrentUser user, DecisionStage stage, int businessAreaId, string submittedById) =>
        Enum.GetValues<DecisionAction>().Where(a => Check(a, user, stage, businessAreaId, submittedById) is null).ToList();
}
