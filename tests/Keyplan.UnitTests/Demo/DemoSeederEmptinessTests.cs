using Keyplan.Core.Data;
using Keyplan.Core.Demo;
using Keyplan.Core.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Keyplan.UnitTests.Demo;

/// <summary>The seeder on databases of its own, for what needs a different starting state.</summary>
public sealed class DemoSeederEmptinessTests
{
    [Fact]
    public async Task SeedIfEmpty_DatabaseWithAUser_SeedsNothingButEnsuresRoles()
    {
        await using var keyplan = await InMemoryKeyplan.CreateAsync();
        await using (var scope = keyplan.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
            await users.CreateAsync(new User { UserName = "first@example.com", Email = "first@example.com", DisplayName = "First" });
        }

        var seeded = await keyplan.WithAsync<DemoSeeder, bool>(seeder => seeder.SeedIfEmptyAsync(CancellationToken.None));

        await using var check = keyplan.CreateScope();
        var db = check.ServiceProvider.GetRequiredService<KeyplanDbContext>();
        Assert.False(seeded);
        Assert.False(await db.Accounts.AnyAsync());
        Assert.False(await db.BusinessAreas.AnyAsync());
        Assert.Equal(Roles.All.Order(), (await db.Roles.Select(r => r.Name!).ToListAsync()).Order());
    }

    [Fact]
    public async Task SeedIfEmpty_TwoEmptyDatabases_GetTheSameContent()
    {
        await using var first = await InMemoryKeyplan.CreateAsync();
        await using var second = await InMemoryKeyplan.CreateAsync();

        await first.WithAsync<DemoSeeder, bool>(seeder => seeder.SeedIfEmptyAsync(CancellationToken.None));
        await second.WithAsync<DemoSeeder, bool>(seeder => seeder.SeedIfEmptyAsync(CancellationToken.None));

        Assert.Equal(await ContentAsync(first), await ContentAsync(second));
    }

    /// <summary>Everything but ids, as text: accounts with their KAM, contacts and revenue.</summary>
    private static Task<List<string>> ContentAsync(InMemoryKeyplan keyplan) =>
        keyplan.WithAsync<KeyplanDbContext, List<string>>(async db =>
        {
            var accounts = await db.Accounts.AsNoTracking()
                .Include(a => a.KeyAccountManager).Include(a => a.Contacts).ThenInclude(c => c.ReportsTo)
                .Include(a => a.Revenue).ThenInclude(r => r.ProductGroup)
                .AsSplitQuery().OrderBy(a => a.AccountNumber).ToListAsync();
            return accounts.ConvertAll(a => string.Join("|",
                a.AccountNumber, a.Name, a.Employees, a.AnnualRevenue, a.IsKeyAccount, a.KeyAccountManager!.Email,
                string.Join(",", a.Contacts.Select(c => $"{c.Email}>{c.ReportsTo?.Email}").Order(StringComparer.Ordinal)),
                string.Join(",", a.Revenue.Select(r => $"{r.Year}{r.ProductGroup!.Code}{r.Revenue}/{r.ContributionMargin}").Order(StringComparer.Ordinal))));
        });
}
