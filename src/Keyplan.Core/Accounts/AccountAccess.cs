using Keyplan.Core.Identity;

namespace Keyplan.Core.Accounts;

/// <summary>
/// The one visibility and edit rule for accounts (SPEC §1). Every query for accounts, and for anything that
/// belongs to an account, goes through <see cref="VisibleTo"/>, so an account a user may not see is simply
/// not found.
/// </summary>
public static class AccountAccess
{
    public static IQueryable<Account> VisibleTo(this IQueryable<Account> accounts, CurrentUser user)
    {
        if (user.SeesAll)
        {
            return accounts;
        }

        var userId = user.Id;
        if (user.IsInRole(Roles.BusinessAreaManager) && user.BusinessAreaId is { } businessAreaId)
        {
            return accounts.Where(a => a.BusinessAreaId == businessAreaId
                || a.KeyAccountManagerId == userId
                || a.Team.Any(t => t.UserId == userId));
        }

        return accounts.Where(a => a.KeyAccountManagerId == userId || a.Team.Any(t => t.UserId == userId));
    }

    /// <summary>Administrators, the Business Area Manager of the account's area and the account's KAM edit it.</summary>
    public static bool CanEdit(CurrentUser user, int businessAreaId, string? keyAccountManagerId) =>
        user.IsInRole(Roles.Administrator)
        || (user.IsInRole(Roles.BusinessAreaManager) && user.BusinessAreaId == businessAreaId)
        || (user.IsInRole(Roles.KeyAccountManager) && keyAccountManagerId == user.Id);

    public static bool CanEdit(CurrentUser user, Account account) =>
        CanEdit(user, account.BusinessAreaId, account.KeyAccountManagerId);

    /// <summary>Administrators anywhere, Business Area Managers in their area, KAMs as the account's KAM.</summary>
    public static bool CanCreate(CurrentUser user) =>
        user.IsInRole(Roles.Administrator) || user.IsInRole(Roles.BusinessAreaManager) || user.IsInRole(Roles.KeyAccountManager);

    public static bool CanDelete(CurrentUser user, Account account) =>
        user.IsInRole(Roles.Administrator)
        || (user.IsInRole(Roles.BusinessAreaManager) && user.BusinessAreaId == account.BusinessAreaId);
}
