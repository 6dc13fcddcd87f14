using Keyplan.Core.Data;
using Keyplan.Core.Identity;
using Microsoft.EntityFrameworkCore;

namespace Keyplan.Core.Notifications;

/// <summary>The people a notification goes to by their role.</summary>
public static class Recipients
{
    public static Task<List<string>> BusinessAreaManagersAsync(KeyplanDbContext db, int businessAreaId, CancellationToken cancellationToken) =>
        InRole(db, Roles.BusinessAreaManager).Where(u => u.BusinessAreaId == businessAreaId).Select(u => u.Id).ToListAsync(cancellationToken);

    public static Task<List<string>> ManagementAsync(KeyplanDbContext db, CancellationToken cancellationToken) =>
        InRole(db, Roles.Management).Select(u => u.Id).ToListAsync(cancellationToken);

    private static IQueryable<User> InRole(KeyplanDbContext db, string role) =>
        from u in db.Users
        join ur in db.UserRoles on u.Id equals ur.UserId
        join r in db.Roles on ur.RoleId equals r.Id
        where r.Name == role
        select u;
}
