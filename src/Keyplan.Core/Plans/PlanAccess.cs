using Keyplan.Core.Accounts;
using Keyplan.Core.Data;
using Keyplan.Core.Identity;

namespace Keyplan.Core.Plans;

/// <summary>
/// A plan is as confidential as its account (SPEC §1): it is visible to whoever sees the account, and to its owner
/// and plan team. It is edited by whoever may edit the account, and by its owner.
/// </summary>
public static class PlanAccess
{
    public static IQueryable<Plan> VisibleTo(this IQueryable<Plan> plans, KeyplanDbContext db, CurrentUser user)
    {
        if (user.SeesAll)
        {
            return plans;
        }

        var visibleAccounts = db.Accounts.VisibleTo(user).Select(a => a.Id);
        var userId = user.Id;
        return plans.Where(p => visibleAccounts.Contains(p.AccountId) || p.OwnerId == userId || p.Team.Any(t => t.UserId == userId));
    }

    public static bool CanEdit(CurrentUser user, Plan plan, Account account) =>
        plan.OwnerId == user.Id || AccountAccess.CanEdit(user, account);
}
