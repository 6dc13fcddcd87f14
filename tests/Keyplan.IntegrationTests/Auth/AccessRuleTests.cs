using System.Net;
using System.Text.RegularExpressions;
using Keyplan.Core.Demo;
using Keyplan.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Keyplan.IntegrationTests.Auth;

/// <summary>
/// Enumerates every endpoint and page of the app and checks the one access rule on each: only the sign-in,
/// health and API description endpoints are open; everything else needs a user; and nothing about an account
/// reaches a user who may not see it.
/// </summary>
public sealed partial class AccessRuleTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private static readonly string[] OpenRoutes =
    [
        "/api/auth/login", "/account/login", "/not-found", "/culture/set", "/health", "/health/ready",
        "/openapi/{documentName}.json",
    ];

    private List<RouteEndpoint> Endpoints() =>
        app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => !IsStaticFile(e)).ToList();

    private static bool IsStaticFile(RouteEndpoint endpoint)
    {
        var pattern = endpoint.RoutePattern.RawText ?? string.Empty;
        return endpoint.Metadata.Any(m => m.GetType().Name.Contains("StaticAsset", StringComparison.Ordinal))
            || pattern.StartsWith("_framework/", StringComparison.Ordinal)
            || pattern.StartsWith("_content/", StringComparison.Ordinal);
    }

    private static string Pattern(RouteEndpoint endpoint) => "/" + (endpoint.RoutePattern.RawText ?? string.Empty).TrimStart('/');

    private static bool IsAnonymous(RouteEndpoint endpoint) => endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;

    private static IEnumerable<string> Methods(RouteEndpoint endpoint) =>
        endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods is { Count: > 0 } methods ? methods : ["GET"];

    private static string Url(RouteEndpoint endpoint, int accountId) =>
        RouteParameter().Replace(Pattern(endpoint), match => match.Groups[1].Value.ToUpperInvariant() switch
        {
            // Export jobs are named by a GUID; any GUID reaches the endpoint.
            _ when match.Value.Contains(":guid", StringComparison.Ordinal) => Guid.Empty.ToString(),
            "ACCOUNTID" or "ID" => accountId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            _ => "1",
        });

    [GeneratedRegex(@"\{\**([A-Za-z]+)[^}]*\}")]
    private static partial Regex RouteParameter();

    [Fact]
    public void OnlySignInHealthAndApiDescription_AreOpenWithoutSignIn()
    {
        var open = Endpoints().Where(IsAnonymous).Select(Pattern).Distinct().ToList();

        Assert.NotEmpty(open);
        // The API reference page loads its own script and icon files from below its route.
        Assert.All(open.Where(p => !p.StartsWith("/api/docs/", StringComparison.Ordinal)), pattern => Assert.Contains(pattern, OpenRoutes));
    }

    [Fact]
    public async Task EveryOtherEndpointAndPage_RefusesAnonymousRequests()
    {
        var accountId = await app.DbAsync(db => db.Accounts.Select(a => a.Id).FirstAsync());
        using var client = app.AnonymousClient();
        var checkedCount = 0;

        foreach (var endpoint in Endpoints().Where(e => !IsAnonymous(e)))
        {
            foreach (var method in Methods(endpoint))
            {
                using var request = new HttpRequestMessage(new HttpMethod(method), Url(endpoint, accountId));
                if (method is "POST" or "PUT")
                {
                    request.Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
                }

                var response = await client.SendAsync(request);
                var isApi = Pattern(endpoint).StartsWith("/api", StringComparison.Ordinal);
                var refused = isApi
                    ? response.StatusCode == HttpStatusCode.Unauthorized
                    : response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.ToString().Contains("/account/login", StringComparison.Ordinal)
                        || response.StatusCode == HttpStatusCode.Unauthorized;
                Assert.True(refused, $"{method} {Pattern(endpoint)} answered {(int)response.StatusCode} without sign-in.");
                checkedCount++;
            }
        }

        Assert.True(checkedCount > 15, $"Only {checkedCount} endpoints were checked.");
    }

    [Fact]
    public async Task EveryAccountEndpointAndPage_Answers404ForAnAccountTheUserMayNotSee()
    {
        var hidden = await app.AccountHiddenFromAsync(DemoUsers.Kam);
        var hiddenName = await app.DbAsync(db => db.Accounts.Where(a => a.Id == hidden).Select(a => a.Name).SingleAsync());
        using var client = await app.ClientForAsync(DemoUsers.Kam);
        var accountEndpoints = Endpoints()
            .Where(e => !IsAnonymous(e) && Pattern(e).Contains('{', StringComparison.Ordinal))
            .Where(e => Pattern(e).StartsWith("/api/accounts/", StringComparison.Ordinal)
                || (e.Metadata.GetMetadata<ComponentTypeMetadata>() is not null && Pattern(e).StartsWith("/accounts/", StringComparison.Ordinal)))
            .ToList();

        foreach (var endpoint in accountEndpoints)
        {
            // A page's POST is a form post that antiforgery refuses before anything is read; GET shows the page.
            var isPage = endpoint.Metadata.GetMetadata<ComponentTypeMetadata>() is not null;
            foreach (var method in isPage ? ["GET"] : Methods(endpoint))
            {
                using var request = new HttpRequestMessage(new HttpMethod(method), Url(endpoint, hidden));
                request.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
                if (method is "POST" or "PUT")
                {
                    request.Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
                }

                var response = await client.SendAsync(request);
                var body = await response.Content.ReadAsStringAsync();
                Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{method} {Pattern(endpoint)} answered {(int)response.StatusCode}.");
                Assert.DoesNotContain(hiddenName, body, StringComparison.Ordinal);
            }
        }

        Assert.True(accountEndpoints.Count >= 8, $"Only {accountEndpoints.Count} account endpoints were found.");
    }

    [Fact]
    public async Task EveryPlanEndpoint_Answers404ForAPlanTheUserMayNotSee()
    {
        var hiddenAccount = await app.AccountHiddenFromAsync(DemoUsers.Kam);
        var planId = await app.DbAsync(db => db.Plans.Where(p => p.AccountId == hiddenAccount).Select(p => (int?)p.Id).FirstOrDefaultAsync());
        if (planId is null)
        {
            using var admin = await app.ClientForAsync(DemoUsers.Admin);
            var created = await admin.PostAsync("/api/plans",
                new StringContent($$"""{"accountId":{{hiddenAccount}}}""", System.Text.Encoding.UTF8, "application/json"));
            planId = (await created.ReadAsync<Keyplan.Core.Plans.PlanDetails>()).Id;
        }

        using var client = await app.ClientForAsync(DemoUsers.Kam);
        var planEndpoints = Endpoints()
            .Where(e => !IsAnonymous(e) && Pattern(e).StartsWith("/api/plans/{id", StringComparison.Ordinal))
            .ToList();

        foreach (var endpoint in planEndpoints)
        {
            foreach (var method in Methods(endpoint))
            {
                var url = RouteParameter().Replace(Pattern(endpoint), match => match.Groups[1].Value.ToUpperInvariant() switch
                {
                    "ID" => planId.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    "KEY" => "summary",
                    "A" => "1",
                    "B" => "current",
                    _ => "1",
                });
                // The export needs a valid format to get as far as the plan.
                using var request = new HttpRequestMessage(new HttpMethod(method), url.EndsWith("/export", StringComparison.Ordinal) ? url + "?format=docx" : url);
                request.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
                if (method is "POST" or "PUT")
                {
                    var body = method == "PUT" ? "{}" : """{"comment":"x","ratings":[]}""";
                    request.Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
                }

                var response = await client.SendAsync(request);
                Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{method} {Pattern(endpoint)} answered {(int)response.StatusCode}.");
            }
        }

        // The plan, its sections, completeness, carry-forward, audit, and the workflow's transitions, versions, compare and scores.
        Assert.True(planEndpoints.Count >= 15, $"Only {planEndpoints.Count} plan endpoints were found.");
    }

    [Fact]
    public async Task TemplateWrites_AreRefusedToEveryoneButAdministrators()
    {
        using var kam = await app.ClientForAsync(DemoUsers.Kam);
        var writes = Endpoints()
            .Where(e => Pattern(e).StartsWith("/api/templates", StringComparison.Ordinal))
            .SelectMany(e => Methods(e).Where(m => m is "POST" or "PUT" or "DELETE").Select(m => (Endpoint: e, Method: m)))
            .ToList();

        foreach (var (endpoint, method) in writes)
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), Url(endpoint, 1));
            request.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
            request.Content = new StringContent("""{"sourceId":1,"name":"Copy","sections":[]}""", System.Text.Encoding.UTF8, "application/json");
            var response = await kam.SendAsync(request);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{method} {Pattern(endpoint)} answered {(int)response.StatusCode} to a KAM.");
        }

        Assert.Equal(2, writes.Count);
    }

    [Fact]
    public async Task ImportEndpoints_AreRefusedToKeyAccountManagersAndTeamMembers()
    {
        var imports = Endpoints()
            .Where(e => Pattern(e).StartsWith("/api/import", StringComparison.Ordinal))
            .SelectMany(e => Methods(e).Select(m => (Endpoint: e, Method: m)))
            .ToList();

        foreach (var email in new[] { DemoUsers.Kam, DemoUsers.Team })
        {
            using var client = await app.ClientForAsync(email);
            foreach (var (endpoint, method) in imports)
            {
                using var request = new HttpRequestMessage(new HttpMethod(method), Url(endpoint, 1));
                if (Pattern(endpoint).TrimEnd('/') == "/api/imports")
                {
                    request.Content = new MultipartFormDataContent
                    {
                        { new ByteArrayContent("Kundennummer;Jahr;Warengruppe;Umsatz\nK-10001;2024;Sensors;1\n"u8.ToArray()), "file", "r.csv" },
                        { new StringContent("Revenue"), "kind" },
                    };
                }
                else if (method == "POST")
                {
                    request.Content = new StringContent("""{"skipInvalidRows":true,"name":"Mine","kind":"Revenue","mapping":{}}""", System.Text.Encoding.UTF8, "application/json");
                }

                var response = await client.SendAsync(request);
                Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{method} {Pattern(endpoint)} answered {(int)response.StatusCode} to {email}.");
            }
        }

        Assert.Equal(6, imports.Count);
    }

    [Fact]
    public async Task SelectionCriterionWrites_AreRefusedToEveryoneButAdministrators()
    {
        using var bam = await app.ClientForAsync(DemoUsers.Bam);
        var writes = Endpoints()
            .Where(e => Pattern(e).StartsWith("/api/selection-criteria", StringComparison.Ordinal))
            .SelectMany(e => Methods(e).Where(m => m is "POST" or "PUT" or "DELETE").Select(m => (Endpoint: e, Method: m)))
            .ToList();

        foreach (var (endpoint, method) in writes)
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), Url(endpoint, 1));
            request.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
            request.Content = new StringContent("""{"group":"Strength","name":"x","weight":1}""", System.Text.Encoding.UTF8, "application/json");
            var response = await bam.SendAsync(request);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{method} {Pattern(endpoint)} answered {(int)response.StatusCode} to a BAM.");
        }

        Assert.Equal(3, writes.Count);
    }

    [Fact]
    public async Task RatingAnAccount_IsRefusedToItsKeyAccountManager()
    {
        var kamAccount = await app.AccountOwnedByAsync(await app.UserIdAsync(DemoUsers.Kam));
        using var kam = await app.ClientForAsync(DemoUsers.Kam);

        var response = await kam.PostAsync($"/api/accounts/{kamAccount}/ratings",
            new StringContent("""{"ratings":[{"criterionId":1,"value":5}]}""", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Portfolio_RanksOnlyTheAccountsTheUserMaySee()
    {
        var hidden = await app.AccountHiddenFromAsync(DemoUsers.Kam);
        var hiddenName = await app.DbAsync(db => db.Accounts.Where(a => a.Id == hidden).Select(a => a.Name).SingleAsync());
        var visibleToKam = await app.DbAsync(async db =>
        {
            var kamId = await db.Users.Where(u => u.Email == DemoUsers.Kam).Select(u => u.Id).SingleAsync();
            return await db.Accounts.CountAsync(a => a.KeyAccountManagerId == kamId || a.Team.Any(t => t.UserId == kamId));
        });
        using var kam = await app.ClientForAsync(DemoUsers.Kam);

        var response = await kam.GetAsync($"/api/portfolio?pageSize={Keyplan.Core.Portfolio.PortfolioQuery.MaxPageSize}");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(hiddenName, body, StringComparison.Ordinal);
        Assert.Equal(visibleToKam, (await response.ReadAsync<Keyplan.Core.Portfolio.PortfolioRanking>()).Total);
    }
}
