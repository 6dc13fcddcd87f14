using Keyplan.Core.Accounts;
using Keyplan.Core.Data;
using Keyplan.Core.Identity;
using Microsoft.EntityFrameworkCore;

namespace Keyplan.Core.Organisation;

public sealed record LookupItem<T>(T Id, string Name);

public sealed record UserOption(string Id, string DisplayName, string Email);

/// <summary>The choices the filters and forms offer: reference data and the values present in visible accounts.</summary>
public sealed class LookupsHandler(KeyplanDbContext db)
{
    public Task<List<LookupItem<int>>> BusinessAreasAsync(CancellationToken cancellationToken) =>
        db.BusinessAreas.AsNoTracking().OrderBy(b => b.Name).Select(b => new LookupItem<int>(b.Id, b.Name)).ToListAsync(cancellationToken);

    public Task<List<LookupItem<int>>> ProductGroupsAsync(CancellationToken cancellationToken) =>
        db.ProductGroups.AsNoTracking().OrderBy(p => p.Name).Select(p => new LookupItem<int>(p.Id, p.Name)).ToListAsync(cancellationToken);

    public Task<List<UserOption>> UsersInRoleAsync(string role, CancellationToken cancellationToken) =>
        (from user in db.Users.AsNoTracking()
         join userRole in db.UserRoles on user.Id equals userRole.UserId
         join r in db.Roles on userRole.RoleId equals r.Id
         where r.Name == role
         orderby user.DisplayName
         select new UserOption(user.Id, user.DisplayName, user.Email!)).ToListAsync(cancellationToken);

    public Task<List<UserOption>> UsersAsync(CancellationToken cancellationToken) =>
        db.Users.AsNoTracking().OrderBy(u => u.DisplayName)
            .Select(u => new UserOption(u.Id, u.DisplayName, u.Email!)).ToListAsync(cancellationToken);

    public Task<List<string>> IndustriesAsync(CurrentUser user, CancellationToken cancellationToken) =>
        db.Accounts.AsNoTracking().VisibleTo(user).Where(a => a.Industry != null)
            .Select(a => a.Industry!).Distinct().OrderBy(i => i).ToListAsync(cancellationToken);

    public Task<List<string>> CountriesAsync(CurrentUser user, CancellationToken cancellationToken) =>
        db.Accounts.AsNoTracking().VisibleTo(user).Where(a => a.Country != null)
            .Select(a => a.Country!).Distinct().OrderBy(c => c).ToListAsync(cancellationToken);

    /// <summary>Accounts the user may pick as a parent, by name.</summary>
    public Task<List<LookupItem<int>>> AccountsAsync(CurrentUser user, string? search, int take, CancellationToken cancellationToken)
    {
        var accounts = db.Accounts.AsNoTracking().VisibleTo(user);
        if (!string.IsNullOrWhiteSpace(search))
        {
            var term = search.Trim().ToLowerInvariant();
            accounts = accounts.Where(a => a.Name.ToLower().Contains(term));
        }

        return accounts.OrderBy(a => a.Name).Take(take).Select(a => new LookupItem<int>(a.Id, a.Name)).ToListAsync(cancellationToken);
    }
}
