using Keyplan.Core.Accounts;
using Keyplan.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Keyplan.IntegrationTests.Infrastructure;

/// <summary>Facts about the seeded demo company that tests look up instead of hard-coding ids.</summary>
public static class DemoFacts
{
    public static Task<string> UserIdAsync(this KeyplanApp app, string email) =>
        app.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    public static Task<int> BusinessAreaOfAsync(this KeyplanApp app, string email) =>
        app.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.BusinessAreaId!.Value).SingleAsync());

    /// <summary>An account that the given user cannot see: another business area, not theirs, not on its team.</summary>
    public static async Task<int> AccountHiddenFromAsync(this KeyplanApp app, string email)
    {
        var userId = await app.UserIdAsync(email);
        var businessAreaId = await app.BusinessAreaOfAsync(email);
        return await app.WithDbAsync(db => db.Accounts
            .Where(a => a.BusinessAreaId != businessAreaId && a.KeyAccountManagerId != userId && a.Team.All(t => t.UserId != userId))
            .OrderBy(a => a.Id).Select(a => a.Id).FirstAsync());
    }

    /// <summary>An account the given KAM owns.</summary>
    public static Task<int> AccountOwnedByAsync(this KeyplanApp app, string userId) =>
        app.WithDbAsync(db => db.Accounts.Where(a => a.KeyAccountManagerId == userId).OrderBy(a => a.Id).Select(a => a.Id).FirstAsync());

    public static Task<List<int>> VisibleAccountIdsAsync(this KeyplanApp app, Func<IQueryable<Account>, IQueryable<Account>> filter) =>
        app.WithDbAsync(db => filter(db.Accounts).Select(a => a.Id).OrderBy(id => id).ToListAsync());

    public static Task<int> ProductGroupIdAsync(this KeyplanApp app, int index = 0) =>
        app.WithDbAsync(db => db.ProductGroups.OrderBy(p => p.Id).Skip(index).Select(p => p.Id).FirstAsync());

    public static Task<T> DbAsync<T>(this KeyplanApp app, Func<KeyplanDbContext, Task<T>> query) => app.WithDbAsync(query);
}
