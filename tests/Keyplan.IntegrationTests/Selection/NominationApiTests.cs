using System.Net;
using Keyplan.Core.Accounts;
using Keyplan.Core.Demo;
using Keyplan.Core.Selection;
using Keyplan.IntegrationTests.Accounts;
using Keyplan.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Keyplan.IntegrationTests.Selection;

/// <summary>Key-account nominations over HTTP, once per database provider.</summary>
public abstract class NominationApiTests(KeyplanApp app)
{
    private async Task<AccountDetails> NewAccountInBamAreaAsync(HttpClient bam) =>
        await (await bam.PostJsonAsync("/api/accounts",
            new AccountBuilder().InBusinessArea(await app.BusinessAreaOfAsync(DemoUsers.Bam)).Build())).ReadAsync<AccountDetails>();

    private static Task<HttpResponseMessage> PostAsync<T>(HttpClient client, string url, T body, int? version)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = System.Net.Http.Json.JsonContent.Create(body, options: Api.Json) };
        if (version is { } v)
        {
            request.Headers.TryAddWithoutValidation("If-Match", $"\"{v}\"");
        }

        return client.SendAsync(request);
    }

    [Fact]
    public async Task Bam_NominatesAndRevokes_TheAccountFollows_AndTheHistoryKeepsBoth()
    {
        using var bam = await app.ClientForAsync(DemoUsers.Bam);
        var kamId = await app.UserIdAsync(DemoUsers.Kam);
        var teamId = await app.UserIdAsync(DemoUsers.Team);
        var account = await NewAccountInBamAreaAsync(bam);
        var url = $"/api/accounts/{account.Id}/nominations";

        var nominated = await PostAsync(bam, url, new NominateInput
        {
            Reason = NominationReason.LeadCustomerPotential, Comment = "Pilot for the new drive line", KeyAccountManagerId = kamId,
            Team = [new TeamMemberInput { UserId = teamId }],
        }, account.Version);
        var afterNomination = await nominated.ReadAsync<NominationsDetails>();
        var withoutPlan = await (await bam.GetAsync("/api/portfolio/nominated-without-plan")).ReadAsync<NominatedWithoutPlan>();
        var stale = await PostAsync(bam, $"{url}/revoke", new RevokeInput { Comment = "x" }, account.Version);
        var revoked = await PostAsync(bam, $"{url}/revoke", new RevokeInput { Comment = "Project cancelled" }, afterNomination.Version);
        var history = await (await bam.GetAsync(url)).ReadAsync<NominationsDetails>();
        var profile = await (await bam.GetAsync($"/api/accounts/{account.Id}")).ReadAsync<AccountDetails>();

        Assert.Equal(HttpStatusCode.Created, nominated.StatusCode);
        Assert.True(afterNomination.IsKeyAccount);
        Assert.Equal("Thomas Becker", afterNomination.KeyAccountManagerName);
        Assert.Contains(withoutPlan.Accounts, a => a.AccountId == account.Id);
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);
        Assert.False(history.IsKeyAccount);
        Assert.Equal([false, true], history.History.Select(h => h.Nominated));
        Assert.Equal("Project cancelled", history.History[0].Comment);
        Assert.Equal(NominationReason.LeadCustomerPotential, history.History[1].Reason);
        Assert.All(history.History, h => Assert.Equal("Sabine Krüger", h.DecidedBy));
        Assert.False(profile.IsKeyAccount);
        Assert.Equal(kamId, profile.KeyAccountManagerId);
        Assert.Contains(profile.Team, t => t.UserId == teamId);
    }

    [Fact]
    public async Task Nominating_NeedsIfMatch_AReason_AndAKeyAccountManager()
    {
        using var bam = await app.ClientForAsync(DemoUsers.Bam);
        var account = await NewAccountInBamAreaAsync(bam);
        var url = $"/api/accounts/{account.Id}/nominations";

        var missingIfMatch = await PostAsync(bam, url, new NominateInput(), null);
        var invalid = await PostAsync(bam, url, new NominateInput { KeyAccountManagerId = await app.UserIdAsync(DemoUsers.Team) }, account.Version);
        var revokeNotKey = await PostAsync(bam, $"{url}/revoke", new RevokeInput { Comment = "Never was one" }, account.Version);

        Assert.Equal((HttpStatusCode)428, missingIfMatch.StatusCode);
        Assert.Equal(["keyAccountManagerId", "reason"], (await invalid.ValidationErrorsAsync()).Keys.Order());
        Assert.Equal(["isKeyAccount"], (await revokeNotKey.ValidationErrorsAsync()).Keys);
    }

    [Fact]
    public async Task AKeyAccountManager_CannotNominate_AndManagementCanAnywhere()
    {
        using var kam = await app.ClientForAsync(DemoUsers.Kam);
        using var management = await app.ClientForAsync(DemoUsers.Management);
        var kamId = await app.UserIdAsync(DemoUsers.Kam2);
        var kamAccount = await app.AccountOwnedByAsync(await app.UserIdAsync(DemoUsers.Kam));
        var version = await app.DbAsync(db => db.Accounts.Where(a => a.Id == kamAccount).Select(a => a.Version).SingleAsync());
        var elsewhere = await app.AccountHiddenFromAsync(DemoUsers.Bam);
        var elsewhereDetails = await (await management.GetAsync($"/api/accounts/{elsewhere}/nominations")).ReadAsync<NominationsDetails>();

        var byKam = await PostAsync(kam, $"/api/accounts/{kamAccount}/nominations",
            new NominateInput { Reason = NominationReason.TopCustomer, KeyAccountManagerId = kamId }, version);
        var byManagement = await PostAsync(management, $"/api/accounts/{elsewhere}/nominations",
            new NominateInput { Reason = NominationReason.SpecialProject, KeyAccountManagerId = kamId }, elsewhereDetails.Version);

        Assert.Equal(HttpStatusCode.Forbidden, byKam.StatusCode);
        Assert.Equal(HttpStatusCode.Created, byManagement.StatusCode);
        Assert.True(elsewhereDetails.CanNominate);
    }
}

[Trait("Database", "Sqlite")]
public sealed class SqliteNominationApiTests(SqliteApp app) : NominationApiTests(app), IClassFixture<SqliteApp>;

[Trait("Database", "Postgres")]
public sealed class PostgresNominationApiTests(PostgresApp app) : NominationApiTests(app), IClassFixture<PostgresApp>;
