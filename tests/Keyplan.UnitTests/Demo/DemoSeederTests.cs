using Keyplan.Core.Data;
using Keyplan.Core.Demo;
using Keyplan.Core.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Keyplan.UnitTests.Demo;

/// <summary>One seeded database, shared by the tests that only read it.</summary>
public sealed class SeededDemo : IAsyncLifetime
{
    public InMemoryKeyplan Keyplan { get; private set; } = null!;
    public bool Seeded { get; private set; }

    public async Task InitializeAsync()
    {
        Keyplan = await InMemoryKeyplan.CreateAsync();
        Seeded = await Keyplan.WithAsync<DemoSeeder, bool>(seeder => seeder.SeedIfEmptyAsync(CancellationToken.None));
    }

    public async Task DisposeAsync() => await Keyplan.DisposeAsync();
}

public sealed class DemoSeederTests(SeededDemo demo) : IClassFixture<SeededDemo>
{
    [Fact]
    public async Task SeedIfEmpty_OnEmptyDatabase_SeedsOrganisationAndSixtyAccounts()
    {
        Assert.True(demo.Seeded);
        await using var scope = demo.Keyplan.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<KeyplanDbContext>();

        Assert.Equal(["BT", "IA", "PS"], await db.BusinessAreas.Select(b => b.Code).OrderBy(c => c).ToListAsync());
        Assert.Equal(5, await db.ProductGroups.CountAsync());
        Assert.Equal(1, await db.OrganisationSettings.CountAsync());
        var accounts = await db.Accounts.AsNoTracking().ToListAsync();
        Assert.Equal(60, accounts.Count);
        Assert.Equal(["DE", "GB", "NL"], accounts.Select(a => a.Country).Distinct().Order());
        Assert.All(accounts, a => Assert.Equal(DemoSeeder.SourceSystem, a.SourceSystem));
        Assert.Equal(60, accounts.Select(a => a.AccountNumber).Distinct().Count());
        Assert.InRange(accounts.Count(a => a.IsKeyAccount), 15, 25);
    }

    [Fact]
    public async Task SeedIfEmpty_Subsidiaries_ShareTheirParentsAreaAndKam()
    {
        await using var scope = demo.Keyplan.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<KeyplanDbContext>();

        var subsidiaries = await db.Accounts.AsNoTracking().Include(a => a.ParentAccount).Where(a => a.ParentAccountId != null).ToListAsync();

        Assert.True(subsidiaries.Count >= 3);
        Assert.All(subsidiaries, a =>
        {
            Assert.Equal(a.ParentAccount!.BusinessAreaId, a.BusinessAreaId);
            Assert.Equal(a.ParentAccount.KeyAccountManagerId, a.KeyAccountManagerId);
        });
    }

    [Fact]
    public async Task SeedIfEmpty_EveryAccount_HasAKamOfItsOwnBusinessArea()
    {
        await using var scope = demo.Keyplan.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<KeyplanDbContext>();
        var kams = (await scope.ServiceProvider.GetRequiredService<UserManager<User>>().GetUsersInRoleAsync(Roles.KeyAccountManager))
            .ToDictionary(u => u.Id);

        var accounts = await db.Accounts.AsNoTracking().ToListAsync();

        Assert.All(accounts, a => Assert.Equal(a.BusinessAreaId, kams[a.KeyAccountManagerId!].BusinessAreaId));
    }

    [Fact]
    public async Task SeedIfEmpty_Contacts_FormOneReportsToTreePerAccount()
    {
        await using var scope = demo.Keyplan.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<KeyplanDbContext>();

        var contacts = await db.Contacts.AsNoTracking().ToListAsync();
        var byId = contacts.ToDictionary(c => c.Id);

        Assert.All(contacts.GroupBy(c => c.AccountId), account =>
        {
            Assert.InRange(account.Count(), 4, 9);
            Assert.Single(account, c => c.ReportsToId is null);
            Assert.Equal(account.Count(), account.Select(c => c.Email).Distinct().Count());
        });
        Assert.All(contacts.Where(c => c.ReportsToId is not null), c => Assert.Equal(c.AccountId, byId[c.ReportsToId!.Value].AccountId));
        Assert.Equal(60, contacts.Select(c => c.AccountId).Distinct().Count());
    }

    [Fact]
    public async Task SeedIfEmpty_Revenue_CoversTheThreeYearsBeforeNowWithPlausibleMargins()
    {
        await using var scope = demo.Keyplan.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<KeyplanDbContext>();

        var revenue = await db.RevenueRecords.AsNoTracking().ToListAsync();

        Assert.Equal([2023, 2024, 2025], revenue.Select(r => r.Year).Distinct().Order());
        Assert.All(revenue.GroupBy(r => r.AccountId), account =>
        {
            Assert.InRange(account.Select(r => r.ProductGroupId).Distinct().Count(), 2, 5);
            Assert.All(account.GroupBy(r => r.ProductGroupId), group => Assert.Equal(3, group.Count()));
        });
        Assert.All(revenue, r => Assert.InRange(r.ContributionMargin / r.Revenue, 0.2m, 0.4m));
        Assert.Equal(60, revenue.Select(r => r.AccountId).Distinct().Count());
    }

    [Fact]
    public async Task SeedIfEmpty_DemoUsers_HaveTheirRolesAndTheDemoPassword()
    {
        await using var scope = demo.Keyplan.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
        (string Email, string Role)[] expected =
        [
            (DemoUsers.Admin, Roles.Administrator), (DemoUsers.Management, Roles.Management),
            (DemoUsers.Bam, Roles.BusinessAreaManager), (DemoUsers.Kam, Roles.KeyAccountManager),
            (DemoUsers.Kam2, Roles.KeyAccountManager), (DemoUsers.Team, Roles.TeamMember),
        ];

        foreach (var (email, role) in expected)
        {
            var user = await users.FindByEmailAsync(email);
            Assert.NotNull(user);
            Assert.Equal(email, user.UserName);
            Assert.True(user.EmailConfirmed);
            Assert.Equal([role], await users.GetRolesAsync(user));
            Assert.True(await users.CheckPasswordAsync(user, DemoSeeder.DemoPassword));
        }
    }

    [Fact]
    public async Task SeedIfEmpty_Kam_OwnsAndSupportsAccountsOnlyInTheFirstBusinessArea()
    {
        await using var scope = demo.Keyplan.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<KeyplanDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
        var kam = (await users.FindByEmailAsync(DemoUsers.Kam))!;
        var bam = (await users.FindByEmailAsync(DemoUsers.Bam))!;
        var firstArea = await db.BusinessAreas.SingleAsync(b => b.Code == "IA");

        var owned = await db.Accounts.Where(a => a.KeyAccountManagerId == kam.Id).ToListAsync();

        Assert.Equal(firstArea.Id, kam.BusinessAreaId);
        Assert.Equal(firstArea.Id, bam.BusinessAreaId);
        Assert.True(owned.Count >= 10);
        Assert.All(owned, a => Assert.Equal(firstArea.Id, a.BusinessAreaId));
        Assert.False(await db.AccountTeamMembers.AnyAsync(t => t.UserId == kam.Id && t.Account!.BusinessAreaId != firstArea.Id));
    }

    [Fact]
    public async Task SeedIfEmpty_Kam2AndTeamMember_AreOnlyOnTheAccountsTestsRelyOn()
    {
        await using var scope = demo.Keyplan.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<KeyplanDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
        var kam = (await users.FindByEmailAsync(DemoUsers.Kam))!;
        var kam2 = (await users.FindByEmailAsync(DemoUsers.Kam2))!;
        var team = (await users.FindByEmailAsync(DemoUsers.Team))!;
        var secondArea = await db.BusinessAreas.SingleAsync(b => b.Code == "PS");

        var kam2Areas = await db.Accounts.Where(a => a.KeyAccountManagerId == kam2.Id).Select(a => a.BusinessAreaId).ToListAsync();
        var teamAccounts = await db.AccountTeamMembers.Where(t => t.UserId == team.Id).Select(t => t.Account!).ToListAsync();

        Assert.NotEmpty(kam2Areas);
        Assert.All(kam2Areas, id => Assert.Equal(secondArea.Id, id));
        Assert.NotEmpty(teamAccounts);
        Assert.All(teamAccounts, a => Assert.Equal(kam.Id, a.KeyAccountManagerId));
    }

    [Fact]
    public async Task SeedIfEmpty_SecondRun_ReturnsFalseAndChangesNothing()
    {
        var counts = await CountsAsync();

        var seeded = await demo.Keyplan.WithAsync<DemoSeeder, bool>(seeder => seeder.SeedIfEmptyAsync(CancellationToken.None));

        Assert.False(seeded);
        Assert.Equal(counts, await CountsAsync());
    }

    private async Task<(int Accounts, int Contacts, int Revenue, int Users)> CountsAsync()
    {
        await using var scope = demo.Keyplan.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<KeyplanDbContext>();
        return (await db.Accounts.CountAsync(), await db.Contacts.CountAsync(), await db.RevenueRecords.CountAsync(), await db.Users.CountAsync());
    }
}
