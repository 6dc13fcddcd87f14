using System.Net;
using System.Text;
using System.Text.Json;
using Keyplan.Core.Demo;
using Keyplan.Core.Plans;
using Keyplan.Core.Plans.Sections;
using Keyplan.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Keyplan.IntegrationTests.Plans;

/// <summary>Every section's content through GET/PUT: a complete plan round-trips, invalid items are refused at the field.</summary>
public abstract class SectionContentApiTests(KeyplanApp app)
{
    private Task<int> DemoPlanAsync(string accountNamePrefix) =>
        app.DbAsync(db => db.Plans.Where(p => p.Account!.Name.StartsWith(accountNamePrefix)).Select(p => p.Id).SingleAsync());

    private static HttpRequestMessage Put(string url, string json, string etag) =>
        new(HttpMethod.Put, url) { Content = new StringContent(json, Encoding.UTF8, "application/json"), Headers = { { "If-Match", etag } } };

    [Fact]
    public async Task EverySection_OfACompleteDemoPlan_RoundTripsUnchanged()
    {
        var planId = await DemoPlanAsync("Ashworth");
        using var client = await app.ClientForAsync(DemoUsers.Kam);

        foreach (var key in SectionCatalog.All.Select(s => s.Key))
        {
            var url = $"/api/plans/{planId}/sections/{key}";
            var read = await client.GetAsync(url);
            var before = (await read.ReadAsync<JsonElement>()).GetProperty("content").GetRawText();

            var saved = await client.SendAsync(Put(url, before, read.Headers.ETag!.ToString()));
            var after = (await (await client.GetAsync(url)).ReadAsync<JsonElement>()).GetProperty("content").GetRawText();

            Assert.True(saved.StatusCode == HttpStatusCode.OK, $"{key}: {saved.StatusCode} {await saved.Content.ReadAsStringAsync()}");
            Assert.Equal(before, after);
            Assert.NotEqual("{}", before);
        }
    }

    [Theory]
    [InlineData("profile", """{"locations":[{"name":"","country":"Germany"}]}""", "locations[0].name", "locations[0].country")]
    [InlineData("history", """{"closeness":9,"purchaseVolumes":[{"year":2025}]}""", "closeness", "purchaseVolumes[0].amount")]
    [InlineData("market", """{"customerCompetitors":[{"name":""}]}""", "customerCompetitors[0].name")]
    [InlineData("valueChain", """{"stages":[{"requirements":"x"}]}""", "stages[0].name")]
    [InlineData("buyingCenter", """{"stakeholders":[{"attitude":5}]}""", "stakeholders[0].contactId", "stakeholders[0].attitude")]
    [InlineData("potential", """{"potentials":[{"maximumRevenue":1000}]}""", "potentials[0].productGroupId")]
    [InlineData("swot", """{"strengths":[{"implication":"so what"}]}""", "strengths[0].text")]
    [InlineData("objectives", """{"objectives":[{"target":5,"measure":"Revenue"}]}""", "objectives[0].title")]
    [InlineData("objectives", """{"objectives":[{"title":"Grow","measure":"Happiness"}]}""", "objectives[0].measure")]
    [InlineData("strategy", """{"entries":[{"whatWeSell":"drives"}]}""", "entries[0].objectiveId")]
    [InlineData("actions", """{"actions":[{"cost":5}]}""", "actions[0].title")]
    [InlineData("visits", """{"visits":[{"goal":"x"}]}""", "visits[0].date")]
    [InlineData("valueOffering", """{"services":[{"description":"x"}],"commitments":[{}]}""", "services[0].service", "commitments[0].text")]
    [InlineData("budget", """{"otherCosts":[{"description":"trip"}]}""", "otherCosts[0].amount")]
    [InlineData("kpis", """{"kpis":[{"target":1}]}""", "kpis[0].name")]
    [InlineData("decisions", """{"requests":[{"amount":1}]}""", "requests[0].title")]
    [InlineData("communication", """{"entries":[{"purpose":"x"}]}""", "entries[0].content")]
    [InlineData("summary", """{"text":42}""", "text")]
    public async Task InvalidContent_IsRefusedNamingEachField_AndNothingIsSaved(string key, string json, params string[] fields)
    {
        var planId = await DemoPlanAsync("Brinkhorst");
        using var client = await app.ClientForAsync(DemoUsers.Kam);
        var url = $"/api/plans/{planId}/sections/{key}";
        var read = await client.GetAsync(url);
        var before = (await read.ReadAsync<JsonElement>()).GetProperty("content").GetRawText();

        var response = await client.SendAsync(Put(url, json, read.Headers.ETag!.ToString()));
        var after = (await (await client.GetAsync(url)).ReadAsync<JsonElement>()).GetProperty("content").GetRawText();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = await response.ValidationErrorsAsync();
        foreach (var field in fields)
        {
            Assert.True(errors.ContainsKey(field), $"{key}: no error at {field}; got {string.Join(", ", errors.Keys)}");
        }

        Assert.Equal(before, after);
    }

    [Fact]
    public async Task DemotingATopRisk_UnlinksTheObjectivesAndActionsThatAddressedIt_SoTheyStillSave()
    {
        var planId = await DemoPlanAsync("Vossberg Maschinenbau");
        using var client = await app.ClientForAsync(DemoUsers.Kam);
        var swotUrl = $"/api/plans/{planId}/sections/swot";
        var swotRead = await client.GetAsync(swotUrl);
        var swot = (await swotRead.ReadAsync<JsonElement>()).GetProperty("content");
        var demoted = swot.GetProperty("topRisks")[0].GetProperty("itemId").GetString()!;
        var objectivesBefore = await SectionTextAsync(client, planId, "objectives");
        Assert.Contains(demoted, objectivesBefore, StringComparison.Ordinal);

        var withoutIt = JsonSerializer.Serialize(new Dictionary<string, object?>(
            swot.EnumerateObject().Select(p => KeyValuePair.Create<string, object?>(p.Name, p.Name == "topRisks"
                ? p.Value.EnumerateArray().Where(t => t.GetProperty("itemId").GetString() != demoted).ToList()
                : p.Value))));
        var saved = await client.SendAsync(Put(swotUrl, withoutIt, swotRead.Headers.ETag!.ToString()));

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        foreach (var key in new[] { "objectives", "actions" })
        {
            var read = await client.GetAsync($"/api/plans/{planId}/sections/{key}");
            var content = (await read.ReadAsync<JsonElement>()).GetProperty("content").GetRawText();
            Assert.DoesNotContain(demoted, content, StringComparison.Ordinal);
            var again = await client.SendAsync(Put($"/api/plans/{planId}/sections/{key}", content, read.Headers.ETag!.ToString()));
            Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        }
    }

    private static async Task<string> SectionTextAsync(HttpClient client, int planId, string key) =>
        (await (await client.GetAsync($"/api/plans/{planId}/sections/{key}")).ReadAsync<JsonElement>()).GetProperty("content").GetRawText();
}

[Trait("Database", "Sqlite")]
public sealed class SqliteSectionContentApiTests(SqliteApp app) : SectionContentApiTests(app), IClassFixture<SqliteApp>;

[Trait("Database", "Postgres")]
public sealed class PostgresSectionContentApiTests(PostgresApp app) : SectionContentApiTests(app), IClassFixture<PostgresApp>;
