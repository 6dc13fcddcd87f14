using Keyplan.Core.Identity;

namespace Keyplan.Core.Budget;

/// <summary>
/// The sales budget is leadership's view (SPEC §1): management and administrators see all of it, a Business Area
/// Manager their business area (through the account access rule). KAMs and team members do not see it.
/// </summary>
public static class BudgetAccess
{
    public static bool CanSee(CurrentUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.SeesAll || user.IsInRole(Roles.BusinessAreaManager);
    }
}
