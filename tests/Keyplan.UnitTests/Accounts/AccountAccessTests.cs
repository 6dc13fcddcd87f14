using Keyplan.Core.Accounts;
using Keyplan.Core.Data;
using Keyplan.Core.Identity;
using Keyplan.Core.Organisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Keyplan.UnitTests.Accounts;

/// <summary>The visibility and edit rule of SPEC §1, on a real (in-memory SQLite) query.</summary>
public sealed class AccountAccessTests : IAsyncLifetime
{
    private InMemoryKeyplan _keyplan = default!;
    private int _north;
    private int _south;

    public async Task InitializeAsync()
    {
        _keyplan = await InMemoryKeyplan.CreateAsync();
        await using var scope = _keyplan.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<KeyplanDbContext>();
        var north = new BusinessArea { Name = "North", Code = "N" };
        var south = new BusinessArea { Name = "South", Code = "S" };
        db.BusinessAreas.AddRange(north, south);
        db.Users.AddRange(
            new User { Id = "kam", UserName = "kam", DisplayName = "Kam", BusinessArea = north },
            new User { Id = "member", UserName = "member", DisplayName = "Member" },
            new User { Id = "bam", UserName = "bam", DisplayName = "Bam", BusinessArea = north });
        db.Accounts.AddRange(
            Account("Owned", north, kam: "kam"),
            Account("Team", south, kam: null, teamMember: "kam"),
            Account("Same area, other KAM", north, kam: "bam"),
            Account("Other area", south, kam: null),
            Account("Member's", south, kam: null, teamMember: "member"));
        await db.SaveChangesAsync();
        (_north, _south) = (north.Id, south.Id);
    }

    private static Account Account(string name, BusinessArea area, string? kam, string? teamMember = null)
    {
        var account = new Account { Name = name, BusinessArea = area, KeyAccountManagerId = kam };
        if (teamMember is not null)
        {
            account.Team.Add(new AccountTeamMember { UserId = teamMember, Role = TeamRole.SalesSupport });
        }

        return account;
    }

    private async Task<string[]> VisibleNamesAsync(CurrentUser user)
    {
        await using var scope = _keyplan.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<KeyplanDbContext>();
        return await db.Accounts.VisibleTo(user).OrderBy(a => a.Name).Select(a => a.Name).ToArrayAsync();
    }

    private static CurrentUser User(string id, string role, int? businessAreaId = null) =>
        new(id, id, new HashSet<string> { role }, businessAreaId);

    [Fact]
    public async Task Kam_SeesOwnedAccountsAndThoseWhoseTeamTheyAreOn()
    {
        Assert.Equal(["Owned", "Team"], await VisibleNamesAsync(User("kam", Roles.KeyAccountManager, _north)));
    }

    [Fact]
    public async Task TeamMember_SeesOnlyTheirTeamsAccounts()
    {
        Assert.Equal(["Member's"], await VisibleNamesAsync(User("member", Roles.TeamMember)));
    }

    [Fact]
    public async Task BusinessAreaManager_SeesTheirBusinessArea()
    {
        Assert.Equal(["Owned", "Same area, other KAM"], await VisibleNamesAsync(User("bam", Roles.BusinessAreaManager, _north)));
    }

    [Theory]
    [InlineData(Roles.Management)]
    [InlineData(Roles.Administrator)]
    public async Task ManagementAndAdministrators_SeeEverything(string role)
    {
        Assert.Equal(5, (await VisibleNamesAsync(User("someone", role))).Length);
    }

    [Fact]
    public void CanEdit_KamOfTheAccount_ButNotManagementOrTeamMembers()
    {
        Assert.True(AccountAccess.CanEdit(User("kam", Roles.KeyAccountManager, _north), _north, "kam"));
        Assert.False(AccountAccess.CanEdit(User("kam", Roles.KeyAccountManager, _north), _south, "other"));
        Assert.False(AccountAccess.CanEdit(User("boss", Roles.Management), _north, "kam"));
        Assert.False(AccountAccess.CanEdit(User("member", Roles.TeamMember), _north, "kam"));
        Assert.True(AccountAccess.CanEdit(User("bam", Roles.BusinessAreaManager, _north), _north, "kam"));
        Assert.False(AccountAccess.CanEdit(User("bam", Roles.BusinessAreaManager, _north), _south, "kam"));
    }

    public async Task DisposeAsync() => await _keyplan.DisposeAsync();
}
