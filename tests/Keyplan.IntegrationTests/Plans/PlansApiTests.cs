using System.Net;
using System.Text;
using Keyplan.Core.Accounts;
using Keyplan.Core.Demo;
using Keyplan.Core.Plans;
using Keyplan.IntegrationTests.Accounts;
using Keyplan.IntegrationTests.Infrastructure;

namespace Keyplan.IntegrationTests.Plans;

/// <summary>POST/GET /api/plans and the section resources, once per database provider.</summary>
public abstract class PlansApiTests(KeyplanApp app)
{
    /// <summary>A fresh account of the BAM's area with the demo KAM, so each test plans on its own account.</summary>
    private async Task<(HttpClient Client, AccountDetails Account)> NewAccountAsync(string email = DemoUsers.Kam)
    {
        var businessAreaId = await app.BusinessAreaOfAsync(DemoUsers.Bam);
        var kamId = await app.UserIdAsync(DemoUsers.Kam);
        using var bam = await app.ClientForAsync(DemoUsers.Bam);
        var account = await (await bam.PostJsonAsync("/api/accounts",
            new AccountBuilder().InBusinessArea(businessAreaId).WithKeyAccountManager(kamId).With(a => a.Country = "NL").Build())).ReadAsync<AccountDetails>();
        return (await app.ClientForAsync(email), account);
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    [Fact]
    public async Task Create_WithoutPeriod_PlansTheCurrentFiscalYearWithEveryFullTemplateSection()
    {
        var (client, account) = await NewAccountAsync();
        using var _ = client;

        var response = await client.PostJsonAsync("/api/plans", new CreatePlanRequest { AccountId = account.Id });
        var plan = await response.ReadAsync<PlanDetails>();

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal($"/api/plans/{plan.Id}", response.Headers.Location?.ToString());
        Assert.Equal(new DateOnly(plan.FiscalYear!.Value, 1, 1), plan.PeriodStart);
        Assert.Equal(new DateOnly(plan.FiscalYear.Value, 12, 31), plan.PeriodEnd);
        Assert.Equal("nl", plan.Language);
        Assert.Equal(await app.UserIdAsync(DemoUsers.Kam), plan.OwnerId);
        Assert.Equal(Keyplan.Core.Plans.Sections.SectionCatalog.All.Select(s => s.Key), plan.Sections.Select(s => s.Key));
        Assert.Equal(Plan.DefaultReviewIntervalMonths, plan.ReviewIntervalMonths);
    }

    [Fact]
    public async Task Create_OverlappingPeriodOrHalfARange_IsRefusedAtTheField()
    {
        var (client, account) = await NewAccountAsync();
        using var _ = client;
        await client.PostJsonAsync("/api/plans", new CreatePlanRequest { AccountId = account.Id, FiscalYear = 2027 });

        var overlapping = await client.PostJsonAsync("/api/plans", new CreatePlanRequest
        {
            AccountId = account.Id, PeriodStart = new DateOnly(2027, 6, 1), PeriodEnd = new DateOnly(2028, 5, 31),
        });
        var halfRange = await client.PostJsonAsync("/api/plans", new CreatePlanRequest { AccountId = account.Id, PeriodStart = new DateOnly(2029, 1, 1) });
        var badLanguage = await client.PostJsonAsync("/api/plans", new CreatePlanRequest { AccountId = account.Id, FiscalYear = 2030, Language = "fr" });

        Assert.Contains("periodStart", (await overlapping.ValidationErrorsAsync()).Keys);
        Assert.Contains("periodEnd", (await halfRange.ValidationErrorsAsync()).Keys);
        Assert.Contains("language", (await badLanguage.ValidationErrorsAsync()).Keys);
    }

    [Fact]
    public async Task Section_RoundTripsWithIfMatch_AndAStaleSaveChangesNothing()
    {
        var (client, account) = await NewAccountAsync();
        using var _ = client;
        var plan = await (await client.PostJsonAsync("/api/plans", new CreatePlanRequest { AccountId = account.Id, FiscalYear = 2027 })).ReadAsync<PlanDetails>();
        var url = $"/api/plans/{plan.Id}/sections/summary";
        var read = await client.GetAsync(url);
        var etag = read.Headers.ETag!.ToString();

        var first = await client.SendAsync(new HttpRequestMessage(HttpMethod.Put, url) { Content = Json("""{"text":"Grow in the Benelux."}"""), Headers = { { "If-Match", etag } } });
        var stale = await client.SendAsync(new HttpRequestMessage(HttpMethod.Put, url) { Content = Json("""{"text":"Other text."}"""), Headers = { { "If-Match", etag } } });
        var after = await (await client.GetAsync(url)).ReadAsync<System.Text.Json.JsonElement>();

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal("Grow in the Benelux.", after.GetProperty("content").GetProperty("text").GetString());
        Assert.Equal(2, after.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task Section_InvalidContent_IsRefusedNamingTheField()
    {
        var (client, account) = await NewAccountAsync();
        using var _ = client;
        var plan = await (await client.PostJsonAsync("/api/plans", new CreatePlanRequest { AccountId = account.Id, FiscalYear = 2027 })).ReadAsync<PlanDetails>();
        var url = $"/api/plans/{plan.Id}/sections/summary";
        var tooLong = new string('x', Keyplan.Core.Plans.Sections.SummarySection.TextMaxLength + 1);

        var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Put, url)
        {
            Content = Json($$"""{"text":"{{tooLong}}"}"""),
            Headers = { { "If-Match", "\"1\"" } },
        });
        var wrongType = await client.SendAsync(new HttpRequestMessage(HttpMethod.Put, url)
        {
            Content = Json("""{"text":42}"""),
            Headers = { { "If-Match", "\"1\"" } },
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("text", (await response.ValidationErrorsAsync()).Keys);
        Assert.Equal(HttpStatusCode.BadRequest, wrongType.StatusCode);
        Assert.Contains("text", (await wrongType.ValidationErrorsAsync()).Keys);
    }

    [Fact]
    public async Task Completeness_OfANewPlan_ListsWhatIsMissingInTheReadersLanguage()
    {
        var (client, account) = await NewAccountAsync();
        using var _ = client;
        var plan = await (await client.PostJsonAsync("/api/plans", new CreatePlanRequest { AccountId = account.Id, FiscalYear = 2027 })).ReadAsync<PlanDetails>();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("de");

        var completeness = await (await client.GetAsync($"/api/plans/{plan.Id}/completeness")).ReadAsync<Keyplan.Core.Plans.Completeness.PlanCompleteness>();

        Assert.Equal(6, completeness.Steps.Count);
        Assert.True(completeness.Percent < 100);
        var noObjectives = Assert.Single(completeness.Missing, m => m.Kind == Keyplan.Core.Plans.Completeness.MissingItemKind.NoObjectives);
        Assert.Equal("objectives", noObjectives.Section);
        Assert.Equal("Der Plan hat keine strategischen Ziele.", noObjectives.Message);
    }

    [Fact]
    public async Task Section_LinksToContactsOfAnotherAccountOrUnknownPeople_AreRefusedAtTheField()
    {
        var (client, account) = await NewAccountAsync();
        using var _ = client;
        var plan = await (await client.PostJsonAsync("/api/plans", new CreatePlanRequest { AccountId = account.Id, FiscalYear = 2027 })).ReadAsync<PlanDetails>();
        var foreignContact = await app.DbAsync(db => Task.FromResult(db.Contacts.First(c => c.AccountId != account.Id).Id));
        var kamId = await app.UserIdAsync(DemoUsers.Kam);
        var body = $$"""
            {"targetVisitsPerYear":6,"visits":[{"date":"2027-03-02","kind":"Visit","contactIds":[{{foreignContact}}],"attendeeUserIds":["{{kamId}}","nobody"],"status":"Planned"}]}
            """;

        var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Put, $"/api/plans/{plan.Id}/sections/visits")
        {
            Content = Json(body),
            Headers = { { "If-Match", "\"1\"" } },
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["visits[0].attendeeUserIds[1]", "visits[0].contactIds[0]"], (await response.ValidationErrorsAsync()).Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task CarryForward_CreatesTheNextFiscalYearsPlan_AndRefusesASecondOne()
    {
        var (client, account) = await NewAccountAsync();
        using var _ = client;
        var plan = await (await client.PostJsonAsync("/api/plans", new CreatePlanRequest { AccountId = account.Id, FiscalYear = 2027 })).ReadAsync<PlanDetails>();
        await client.SendAsync(new HttpRequestMessage(HttpMethod.Put, $"/api/plans/{plan.Id}/sections/summary")
        {
            Content = Json("""{"text":"Become the preferred tray supplier."}"""),
            Headers = { { "If-Match", "\"1\"" } },
        });

        var next = await client.PostAsync($"/api/plans/{plan.Id}/carry-forward", null);
        var again = await client.PostAsync($"/api/plans/{plan.Id}/carry-forward", null);
        var carried = await next.ReadAsync<PlanDetails>();

        Assert.Equal(HttpStatusCode.Created, next.StatusCode);
        Assert.Equal((2028, new DateOnly(2028, 1, 1), new DateOnly(2028, 12, 31)), (carried.FiscalYear!.Value, carried.PeriodStart, carried.PeriodEnd));
        Assert.Contains("preferred tray supplier", System.Text.Json.JsonSerializer.Serialize(carried.Sections.Single(s => s.Key == "summary").Content), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
    }

    [Fact]
    public async Task UnknownSection_Answers404()
    {
        var (client, account) = await NewAccountAsync();
        using var _ = client;
        var plan = await (await client.PostJsonAsync("/api/plans", new CreatePlanRequest { AccountId = account.Id, FiscalYear = 2027 })).ReadAsync<PlanDetails>();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/plans/{plan.Id}/sections/horoscope")).StatusCode);
    }

    [Fact]
    public async Task PlanOfAnAccountTheUserMayNotSee_Answers404Everywhere()
    {
        var (owner, account) = await NewAccountAsync();
        using var _ = owner;
        var plan = await (await owner.PostJsonAsync("/api/plans", new CreatePlanRequest { AccountId = account.Id, FiscalYear = 2027 })).ReadAsync<PlanDetails>();
        using var outsider = await app.ClientForAsync(DemoUsers.Kam2);

        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/api/plans/{plan.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/api/plans/{plan.Id}/sections/summary")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.SendAsync(new HttpRequestMessage(HttpMethod.Put, $"/api/plans/{plan.Id}/sections/summary")
        {
            Content = Json("""{"text":"mine now"}"""),
            Headers = { { "If-Match", "\"1\"" } },
        })).StatusCode);
        Assert.DoesNotContain(plan.Id, (await (await outsider.GetAsync("/api/plans")).ReadAsync<List<PlanListItem>>()).Select(p => p.Id));
        Assert.Equal(HttpStatusCode.BadRequest, (await outsider.PostJsonAsync("/api/plans", new CreatePlanRequest { AccountId = account.Id, FiscalYear = 2031 })).StatusCode);
    }

    [Fact]
    public async Task TeamMemberOfTheAccount_ReadsThePlanButCannotChangeIt()
    {
        var kamId = await app.UserIdAsync(DemoUsers.Kam);
        var teamId = await app.UserIdAsync(DemoUsers.Team);
        var (client, account) = await NewAccountAsync();
        using var _ = client;
        using var bam = await app.ClientForAsync(DemoUsers.Bam);
        var input = AccountInput.From(account);
        input.Team = [new TeamMemberInput { UserId = teamId, Role = TeamRole.CustomerService }];
        Assert.Equal(HttpStatusCode.OK, (await bam.PutJsonAsync($"/api/accounts/{account.Id}", input, $"\"{account.Version}\"")).StatusCode);
        var plan = await (await client.PostJsonAsync("/api/plans", new CreatePlanRequest { AccountId = account.Id, FiscalYear = 2027 })).ReadAsync<PlanDetails>();
        using var team = await app.ClientForAsync(DemoUsers.Team);

        var read = await team.GetAsync($"/api/plans/{plan.Id}");
        var write = await team.SendAsync(new HttpRequestMessage(HttpMethod.Put, $"/api/plans/{plan.Id}/sections/summary")
        {
            Content = Json("""{"text":"team text"}"""),
            Headers = { { "If-Match", "\"1\"" } },
        });

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(teamId, Assert.Single((await read.ReadAsync<PlanDetails>()).Team).UserId);
        Assert.Equal(HttpStatusCode.Forbidden, write.StatusCode);
        Assert.NotEqual(kamId, teamId);
    }
}

[Trait("Database", "Sqlite")]
public sealed class SqlitePlansApiTests(SqliteApp app) : PlansApiTests(app), IClassFixture<SqliteApp>;

[Trait("Database", "Postgres")]
public sealed class PostgresPlansApiTests(PostgresApp app) : PlansApiTests(app), IClassFixture<PostgresApp>;
