using Keyplan.Core.Accounts;
using Keyplan.Core.Identity;

namespace Keyplan.Core.Selection;

/// <summary>
/// Who selects key accounts: leadership (SPEC §3) — Management everywhere, Business Area Managers in their area.
/// They rate accounts for the matrix and nominate or revoke key accounts.
/// </summary>
public static class SelectionAccess
{
    public static bool CanRate(CurrentUser user, Account account) => IsLeadershipFor(user, account);

    public static bool CanNominate(CurrentUser user, Account account) => IsLeadershipFor(user, account);

    private static bool IsLeadershipFor(CurrentUser user, Account account) =>
        user.IsInRole(Roles.Management)
        || (user.IsInRole(Roles.BusinessAreaManager) && user.BusinessAreaId == account.BusinessAreaId);
}
