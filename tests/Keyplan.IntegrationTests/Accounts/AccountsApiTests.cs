using System.Net;
using Keyplan.Core.Accounts;
using Keyplan.Core.Demo;
using Keyplan.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Keyplan.IntegrationTests.Accounts;

/// <summary>GET/POST/PUT/DELETE /api/accounts, run once per database provider.</summary>
public abstract class AccountsApiTests(KeyplanApp app)
{
    [Fact]
    public async Task List_AsKam_ReturnsExactlyTheAccountsTheyOwnOrAreOnTheTeamOf()
    {
        var kamId = await app.UserIdAsync(DemoUsers.Kam);
        var expected = await app.VisibleAccountIdsAsync(q => q.Where(a => a.KeyAccountManagerId == kamId || a.Team.Any(t => t.UserId == kamId)));
        using var client = await app.ClientForAsync(DemoUsers.Kam);

        var page = await (await client.GetAsync("/api/accounts?take=200")).ReadAsync<PagedResult<AccountListItem>>();

        Assert.NotEmpty(expected);
        Assert.Equal(expected.Count, page.Total);
        Assert.Equal(expected, page.Items.Select(i => i.Id).Order().ToList());
    }

    [Fact]
    public async Task List_AsBusinessAreaManager_ReturnsTheirBusinessArea()
    {
        var businessAreaId = await app.BusinessAreaOfAsync(DemoUsers.Bam);
        var bamId = await app.UserIdAsync(DemoUsers.Bam);
        var expected = await app.VisibleAccountIdsAsync(q => q.Where(a =>
            a.BusinessAreaId == businessAreaId || a.KeyAccountManagerId == bamId || a.Team.Any(t => t.UserId == bamId)));
        using var client = await app.ClientForAsync(DemoUsers.Bam);

        var page = await (await client.GetAsync("/api/accounts?take=200")).ReadAsync<PagedResult<AccountListItem>>();

        Assert.Equal(expected, page.Items.Select(i => i.Id).Order().ToList());
    }

    [Fact]
    public async Task List_AsManagement_SeesEveryAccount()
    {
        var all = await app.DbAsync(db => db.Accounts.CountAsync());
        using var client = await app.ClientForAsync(DemoUsers.Management);

        var page = await (await client.GetAsync("/api/accounts?take=1")).ReadAsync<PagedResult<AccountListItem>>();

        Assert.Equal(all, page.Total);
        Assert.Single(page.Items);
    }

    [Fact]
    public async Task List_SearchSortAndPaging_ReturnConsistentPages()
    {
        using var client = await app.ClientForAsync(DemoUsers.Admin);
        var names = await app.DbAsync(db => db.Accounts.Select(a => a.Name).ToListAsync());

        var firstPage = await (await client.GetAsync("/api/accounts?sort=Name&descending=true&skip=0&take=10")).ReadAsync<PagedResult<AccountListItem>>();
        var secondPage = await (await client.GetAsync("/api/accounts?sort=Name&descending=true&skip=10&take=10")).ReadAsync<PagedResult<AccountListItem>>();
        var term = names[0].Split(' ')[0];
        var searched = await (await client.GetAsync($"/api/accounts?search={Uri.EscapeDataString(term.ToUpperInvariant())}&take=200")).ReadAsync<PagedResult<AccountListItem>>();

        Assert.Equal(names.Count, firstPage.Total);
        Assert.Empty(firstPage.Items.Select(i => i.Id).Intersect(secondPage.Items.Select(i => i.Id)));
        var expectedOrder = await app.DbAsync(db => db.Accounts.OrderByDescending(a => a.Name).ThenBy(a => a.Id).Select(a => a.Id).Take(20).ToListAsync());
        Assert.Equal(expectedOrder, firstPage.Items.Concat(secondPage.Items).Select(i => i.Id).ToList());
        Assert.NotEmpty(searched.Items);
        Assert.All(searched.Items, i => Assert.True(
            i.Name.Contains(term, StringComparison.OrdinalIgnoreCase)
            || (i.AccountNumber ?? string.Empty).Contains(term, StringComparison.OrdinalIgnoreCase)
            || (i.City ?? string.Empty).Contains(term, StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public async Task List_FiltersByCountryAndKeyAccount()
    {
        using var client = await app.ClientForAsync(DemoUsers.Management);
        var expected = await app.DbAsync(db => db.Accounts.CountAsync(a => a.Country == "NL" && a.IsKeyAccount));

        var page = await (await client.GetAsync("/api/accounts?country=nl&isKeyAccount=true&take=200")).ReadAsync<PagedResult<AccountListItem>>();

        Assert.Equal(expected, page.Total);
        Assert.All(page.Items, i => Assert.True(i.Country == "NL" && i.IsKeyAccount));
    }

    [Fact]
    public async Task List_PageSizeOutOfRange_ReturnsValidationProblemNamingTheField()
    {
        using var client = await app.ClientForAsync(DemoUsers.Kam);

        var response = await client.GetAsync("/api/accounts?take=5000");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("take", (await response.ValidationErrorsAsync()).Keys);
    }

    [Fact]
    public async Task Get_AccountOfAnotherBusinessArea_AsKam_Returns404WithoutItsData()
    {
        var hidden = await app.AccountHiddenFromAsync(DemoUsers.Kam);
        var hiddenName = await app.DbAsync(db => db.Accounts.Where(a => a.Id == hidden).Select(a => a.Name).SingleAsync());
        using var client = await app.ClientForAsync(DemoUsers.Kam);

        var response = await client.GetAsync($"/api/accounts/{hidden}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain(hiddenName, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_OwnAccount_ReturnsProfileWithVersionAsETag()
    {
        var kamId = await app.UserIdAsync(DemoUsers.Kam);
        var id = await app.AccountOwnedByAsync(kamId);
        using var client = await app.ClientForAsync(DemoUsers.Kam);

        var response = await client.GetAsync($"/api/accounts/{id}");
        var account = await response.ReadAsync<AccountDetails>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"\"{account.Version}\"", response.Headers.ETag?.ToString());
        Assert.Equal(kamId, account.KeyAccountManagerId);
        Assert.True(account.CanEdit);
    }

    [Fact]
    public async Task Create_ThenUpdateWithIfMatch_SavesAndRaisesTheVersion()
    {
        var businessAreaId = await app.BusinessAreaOfAsync(DemoUsers.Bam);
        using var client = await app.ClientForAsync(DemoUsers.Bam);
        var input = new AccountBuilder().InBusinessArea(businessAreaId).Build();

        var created = await client.PostJsonAsync("/api/accounts", input);
        var account = await created.ReadAsync<AccountDetails>();
        input.City = "Düsseldorf";
        var updated = await client.PutJsonAsync($"/api/accounts/{account.Id}", input, created.Headers.ETag!.ToString());

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal($"/api/accounts/{account.Id}", created.Headers.Location?.ToString());
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        var after = await updated.ReadAsync<AccountDetails>();
        Assert.Equal("Düsseldorf", after.City);
        Assert.Equal(account.Version + 1, after.Version);
        Assert.Equal($"\"{after.Version}\"", updated.Headers.ETag?.ToString());
    }

    [Fact]
    public async Task Update_WithoutIfMatch_Returns428()
    {
        var businessAreaId = await app.BusinessAreaOfAsync(DemoUsers.Bam);
        using var client = await app.ClientForAsync(DemoUsers.Bam);
        var input = new AccountBuilder().InBusinessArea(businessAreaId).Build();
        var account = await (await client.PostJsonAsync("/api/accounts", input)).ReadAsync<AccountDetails>();

        var response = await client.PutJsonAsync($"/api/accounts/{account.Id}", input, ifMatch: null);

        Assert.Equal((HttpStatusCode)428, response.StatusCode);
    }

    [Fact]
    public async Task Update_WithStaleIfMatch_Returns412AndChangesNothing()
    {
        var businessAreaId = await app.BusinessAreaOfAsync(DemoUsers.Bam);
        using var client = await app.ClientForAsync(DemoUsers.Bam);
        var input = new AccountBuilder().InBusinessArea(businessAreaId).Build();
        var created = await client.PostJsonAsync("/api/accounts", input);
        var account = await created.ReadAsync<AccountDetails>();
        var firstEtag = created.Headers.ETag!.ToString();
        input.City = "Aachen";
        Assert.Equal(HttpStatusCode.OK, (await client.PutJsonAsync($"/api/accounts/{account.Id}", input, firstEtag)).StatusCode);

        input.City = "Bonn";
        var stale = await client.PutJsonAsync($"/api/accounts/{account.Id}", input, firstEtag);

        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal($"\"{account.Version + 1}\"", stale.Headers.ETag?.ToString());
        var current = await (await client.GetAsync($"/api/accounts/{account.Id}")).ReadAsync<AccountDetails>();
        Assert.Equal("Aachen", current.City);
    }

    [Fact]
    public async Task Create_WithInvalidFields_ReturnsEachFieldWithItsReason()
    {
        using var client = await app.ClientForAsync(DemoUsers.Admin);
        var input = new AccountBuilder().With(a =>
        {
            a.Name = "";
            a.Country = "Germany";
            a.Website = "not a url";
            a.Employees = -3;
            a.BusinessAreaId = 999_999;
            a.Description = new string('x', Account.DescriptionMaxLength + 1);
        }).Build();

        var response = await client.PostJsonAsync("/api/accounts", input);
        var errors = await response.ValidationErrorsAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["businessAreaId", "country", "description", "employees", "name", "website"], errors.Keys.Order(StringComparer.Ordinal));
        Assert.All(errors.Values, messages => Assert.All(messages, m => Assert.False(string.IsNullOrWhiteSpace(m))));
    }

    [Fact]
    public async Task Create_InGerman_ReturnsGermanMessages()
    {
        using var client = await app.ClientForAsync(DemoUsers.Admin);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("de-DE");

        var response = await client.PostJsonAsync("/api/accounts", new AccountBuilder().With(a => a.Name = null).InBusinessArea(1).Build());

        Assert.Equal("Pflichtfeld.", (await response.ValidationErrorsAsync())["name"].Single());
    }

    [Fact]
    public async Task Update_ParentThatIsItsOwnSubsidiary_IsRefused()
    {
        var businessAreaId = await app.BusinessAreaOfAsync(DemoUsers.Bam);
        using var client = await app.ClientForAsync(DemoUsers.Bam);
        var parent = await (await client.PostJsonAsync("/api/accounts", new AccountBuilder().InBusinessArea(businessAreaId).Build())).ReadAsync<AccountDetails>();
        var child = await (await client.PostJsonAsync("/api/accounts",
            new AccountBuilder().InBusinessArea(businessAreaId).With(a => a.ParentAccountId = parent.Id).Build())).ReadAsync<AccountDetails>();
        var parentInput = AccountInput.From(parent);
        parentInput.ParentAccountId = child.Id;

        var response = await client.PutJsonAsync($"/api/accounts/{parent.Id}", parentInput, $"\"{parent.Version}\"");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("parentAccountId", (await response.ValidationErrorsAsync()).Keys);
    }

    [Fact]
    public async Task Delete_AsKam_IsForbiddenAndAsBusinessAreaManager_RemovesTheAccount()
    {
        var businessAreaId = await app.BusinessAreaOfAsync(DemoUsers.Kam);
        var kamId = await app.UserIdAsync(DemoUsers.Kam);
        using var bam = await app.ClientForAsync(DemoUsers.Bam);
        using var kam = await app.ClientForAsync(DemoUsers.Kam);
        var account = await (await bam.PostJsonAsync("/api/accounts",
            new AccountBuilder().InBusinessArea(businessAreaId).WithKeyAccountManager(kamId).Build())).ReadAsync<AccountDetails>();

        var byKam = await kam.DeleteAsync($"/api/accounts/{account.Id}");
        var byBam = await bam.DeleteAsync($"/api/accounts/{account.Id}");

        Assert.Equal(HttpStatusCode.Forbidden, byKam.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, byBam.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await bam.GetAsync($"/api/accounts/{account.Id}")).StatusCode);
    }

    [Fact]
    public async Task Update_AsKam_CannotHandTheAccountToAnotherKam()
    {
        var kamId = await app.UserIdAsync(DemoUsers.Kam);
        var kam2Id = await app.UserIdAsync(DemoUsers.Kam2);
        var businessAreaId = await app.BusinessAreaOfAsync(DemoUsers.Kam);
        using var bam = await app.ClientForAsync(DemoUsers.Bam);
        using var kam = await app.ClientForAsync(DemoUsers.Kam);
        var created = await bam.PostJsonAsync("/api/accounts", new AccountBuilder().InBusinessArea(businessAreaId).WithKeyAccountManager(kamId).Build());
        var account = await created.ReadAsync<AccountDetails>();
        var input = AccountInput.From(account);
        input.KeyAccountManagerId = kam2Id;

        var response = await kam.PutJsonAsync($"/api/accounts/{account.Id}", input, created.Headers.ETag!.ToString());

        Assert.Equal(kamId, (await response.ReadAsync<AccountDetails>()).KeyAccountManagerId);
    }
}

[Trait("Database", "Sqlite")]
public sealed class SqliteAccountsApiTests(SqliteApp app) : AccountsApiTests(app), IClassFixture<SqliteApp>;

[Trait("Database", "Postgres")]
public sealed class PostgresAccountsApiTests(PostgresApp app) : AccountsApiTests(app), IClassFixture<PostgresApp>;
