using System.Net;
using Keyplan.Core.Accounts;
using Keyplan.Core.Demo;
using Keyplan.IntegrationTests.Infrastructure;

namespace Keyplan.IntegrationTests.Accounts;

/// <summary>Contacts and revenue rows under an account, run once per database provider.</summary>
public abstract class ContactsAndRevenueApiTests(KeyplanApp app)
{
    private async Task<(HttpClient Client, AccountDetails Account)> NewAccountAsync()
    {
        var businessAreaId = await app.BusinessAreaOfAsync(DemoUsers.Bam);
        var client = await app.ClientForAsync(DemoUsers.Bam);
        var account = await (await client.PostJsonAsync("/api/accounts", new AccountBuilder().InBusinessArea(businessAreaId).Build())).ReadAsync<AccountDetails>();
        return (client, account);
    }

    private static ContactInput Person(string first, string last, int? reportsTo = null) => new()
    {
        FirstName = first,
        LastName = last,
        Title = "Head of Purchasing",
        Email = $"{first.ToLowerInvariant()}@testwerk.example",
        ReportsToId = reportsTo,
    };

    [Fact]
    public async Task Contacts_CreateWithReportsTo_ListShowsTheHierarchy()
    {
        var (client, account) = await NewAccountAsync();
        using var _ = client;
        var url = $"/api/accounts/{account.Id}/contacts";

        var boss = await (await client.PostJsonAsync(url, Person("Greta", "Hansen"))).ReadAsync<ContactDetails>();
        var report = await (await client.PostJsonAsync(url, Person("Jonas", "Weber", boss.Id))).ReadAsync<ContactDetails>();
        var contacts = await (await client.GetAsync(url)).ReadAsync<List<ContactDetails>>();

        Assert.Equal(2, contacts.Count);
        Assert.Equal(boss.Id, contacts.Single(c => c.Id == report.Id).ReportsToId);
        Assert.Equal("Greta Hansen", contacts.Single(c => c.Id == report.Id).ReportsToName);
    }

    [Fact]
    public async Task Contacts_ReportingLineThatLoops_IsRefusedAtTheField()
    {
        var (client, account) = await NewAccountAsync();
        using var _ = client;
        var url = $"/api/accounts/{account.Id}/contacts";
        var createdBoss = await client.PostJsonAsync(url, Person("Greta", "Hansen"));
        var boss = await createdBoss.ReadAsync<ContactDetails>();
        var report = await (await client.PostJsonAsync(url, Person("Jonas", "Weber", boss.Id))).ReadAsync<ContactDetails>();

        var response = await client.PutJsonAsync($"{url}/{boss.Id}", Person("Greta", "Hansen", report.Id), createdBoss.Headers.ETag!.ToString());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("reportsToId", (await response.ValidationErrorsAsync()).Keys);
    }

    [Fact]
    public async Task Contacts_InvalidEmailAndMissingName_AreReportedPerField()
    {
        var (client, account) = await NewAccountAsync();
        using var _ = client;

        var response = await client.PostJsonAsync($"/api/accounts/{account.Id}/contacts",
            new ContactInput { FirstName = "Ann", Email = "not-an-address" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["email", "lastName"], (await response.ValidationErrorsAsync()).Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Contacts_StaleUpdate_Returns412AndDeleteMovesReportsUp()
    {
        var (client, account) = await NewAccountAsync();
        using var _ = client;
        var url = $"/api/accounts/{account.Id}/contacts";
        var ceo = await (await client.PostJsonAsync(url, Person("Clara", "Vos"))).ReadAsync<ContactDetails>();
        var created = await client.PostJsonAsync(url, Person("Greta", "Hansen", ceo.Id));
        var manager = await created.ReadAsync<ContactDetails>();
        var report = await (await client.PostJsonAsync(url, Person("Jonas", "Weber", manager.Id))).ReadAsync<ContactDetails>();
        var etag = created.Headers.ETag!.ToString();
        Assert.Equal(HttpStatusCode.OK, (await client.PutJsonAsync($"{url}/{manager.Id}", Person("Greta", "Hansen-Berg", ceo.Id), etag)).StatusCode);

        var stale = await client.PutJsonAsync($"{url}/{manager.Id}", Person("Greta", "Other", ceo.Id), etag);
        var deleted = await client.DeleteAsync($"{url}/{manager.Id}");
        var moved = await (await client.GetAsync($"{url}/{report.Id}")).ReadAsync<ContactDetails>();

        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(ceo.Id, moved.ReportsToId);
    }

    [Fact]
    public async Task Revenue_CreateUpdateAndDuplicateYear()
    {
        var (client, account) = await NewAccountAsync();
        using var _ = client;
        var url = $"/api/accounts/{account.Id}/revenue";
        var productGroupId = await app.ProductGroupIdAsync();
        var input = new RevenueInput { Year = 2025, ProductGroupId = productGroupId, Revenue = 1_250_000.50m, ContributionMargin = 310_000m };

        var created = await client.PostJsonAsync(url, input);
        var duplicate = await client.PostJsonAsync(url, input);
        input.Revenue = 1_300_000m;
        var updated = await client.PutJsonAsync($"{url}/{(await created.ReadAsync<RevenueDetails>()).Id}", input, created.Headers.ETag!.ToString());
        var rows = await (await client.GetAsync(url)).ReadAsync<List<RevenueDetails>>();

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, duplicate.StatusCode);
        Assert.Contains("year", (await duplicate.ValidationErrorsAsync()).Keys);
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal(1_300_000m, Assert.Single(rows).Revenue);
    }

    [Fact]
    public async Task Revenue_YearOutOfRangeAndUnknownProductGroup_AreReportedPerField()
    {
        var (client, account) = await NewAccountAsync();
        using var _ = client;

        var response = await client.PostJsonAsync($"/api/accounts/{account.Id}/revenue",
            new RevenueInput { Year = 1850, ProductGroupId = 999_999, Revenue = 1m, ContributionMargin = 1m });

        Assert.Equal(["productGroupId", "year"], (await response.ValidationErrorsAsync()).Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ContactsAndRevenue_OfAHiddenAccount_Answer404()
    {
        var hidden = await app.AccountHiddenFromAsync(DemoUsers.Kam);
        using var client = await app.ClientForAsync(DemoUsers.Kam);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/accounts/{hidden}/contacts")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/accounts/{hidden}/revenue")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostJsonAsync($"/api/accounts/{hidden}/contacts", Person("Eve", "Spy"))).StatusCode);
    }
}

[Trait("Database", "Sqlite")]
public sealed class SqliteContactsAndRevenueApiTests(SqliteApp app) : ContactsAndRevenueApiTests(app), IClassFixture<SqliteApp>;

[Trait("Database", "Postgres")]
public sealed class PostgresContactsAndRevenueApiTests(PostgresApp app) : ContactsAndRevenueApiTests(app), IClassFixture<PostgresApp>;
