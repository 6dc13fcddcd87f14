using Keyplan.Core.Accounts;
using Keyplan.Core.Identity;

namespace Keyplan.Core.Selection;

/// <summary>Who rates accounts for the selection matrix: leadership (SPEC §3) — Management everywhere, Business Area Managers in their area.</summary>
public static class SelectionAccess
{
    public static bool CanRate(CurrentUser user, Account account) =>
        user.IsInRole(Roles.Management)
        || (user.IsInRole(Roles.BusinessAreaManager) && user.BusinessAreaId == account.BusinessAreaId);
}
