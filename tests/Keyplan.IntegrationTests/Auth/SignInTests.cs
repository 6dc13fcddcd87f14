using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Keyplan.Core.Demo;
using Keyplan.Core.Identity;
using Keyplan.IntegrationTests.Infrastructure;
using Keyplan.Web.Profile;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Keyplan.IntegrationTests.Auth;

public abstract class SignInTests(KeyplanApp app)
{
    [Fact]
    public async Task Login_WithDemoPassword_ReturnsBearerTokenThatReadsMe()
    {
        using var client = await app.ClientForAsync(DemoUsers.Kam);

        var me = await (await client.GetAsync("/api/me")).ReadAsync<MeResponse>();

        Assert.Equal(DemoUsers.Kam, me.Email);
        Assert.Equal([Roles.KeyAccountManager], me.Roles);
        Assert.NotNull(me.BusinessAreaId);
    }

    [Fact]
    public async Task Login_WithWrongPassword_Returns401ProblemDetails()
    {
        using var client = app.AnonymousClient();

        var response = await client.PostAsJsonAsync("/api/auth/login", new { email = DemoUsers.Team, password = "wrong-Password1!" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Login_WithoutPassword_NamesTheMissingField()
    {
        using var client = app.AnonymousClient();

        var response = await client.PostAsJsonAsync("/api/auth/login", new { email = DemoUsers.Team });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("password", (await response.ValidationErrorsAsync()).Keys);
    }

    [Fact]
    public async Task Login_AfterRepeatedFailures_LocksTheAccountEvenWithTheRightPassword()
    {
        var email = $"lockout-{Guid.NewGuid():N}@test.keyplan";
        await CreateUserAsync(email);
        using var client = app.AnonymousClient();

        for (var i = 0; i < IdentityRules.MaxFailedAccessAttempts; i++)
        {
            await client.PostAsJsonAsync("/api/auth/login", new { email, password = "Wrong-password-1" });
        }

        var response = await client.PostAsJsonAsync("/api/auth/login", new { email, password = DemoSeeder.DemoPassword });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("locked", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task PersonalAccessToken_AuthenticatesUntilRevoked()
    {
        var userId = await app.UserIdAsync(DemoUsers.Management);
        var token = await WithTokensAsync(tokens => tokens.CreateAsync(userId, "integration", expiresAt: null, CancellationToken.None));
        using var client = app.AnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.Secret);

        var before = await client.GetAsync("/api/me");
        await app.DbAsync(async db =>
        {
            var stored = await db.PersonalAccessTokens.SingleAsync(t => t.Id == token.Id);
            stored.RevokedAt = DateTimeOffset.UtcNow;
            return await db.SaveChangesAsync();
        });
        var after = await client.GetAsync("/api/me");

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    [Fact]
    public async Task UnknownPersonalAccessToken_Returns401()
    {
        using var client = app.AnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "kp_" + new string('0', 64));

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/accounts")).StatusCode);
    }

    private async Task CreateUserAsync(string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<User>>();
        var result = await users.CreateAsync(new User { UserName = email, Email = email, DisplayName = "Lockout Test" }, DemoSeeder.DemoPassword);
        Assert.True(result.Succeeded, string.Join(", ", result.Errors.Select(e => e.Description)));
    }

    private async Task<T> WithTokensAsync<T>(Func<PersonalAccessTokenService, Task<T>> action)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<PersonalAccessTokenService>());
    }
}

[Trait("Database", "Sqlite")]
public sealed class SqliteSignInTests(SqliteApp app) : SignInTests(app), IClassFixture<SqliteApp>;

[Trait("Database", "Postgres")]
public sealed class PostgresSignInTests(PostgresApp app) : SignInTests(app), IClassFixture<PostgresApp>;

/// <summary>Its own app: the limit counts per client address, and every test client shares one.</summary>
public sealed class SignInRateLimitTests : IClassFixture<SignInRateLimitTests.App>
{
    private readonly App _app;

    public SignInRateLimitTests(App app) => _app = app;

    public sealed class App() : KeyplanApp(Keyplan.Core.Data.DatabaseProvider.Sqlite);

    [Fact]
    public async Task ManySignInAttempts_Answer429WithRetryAfter()
    {
        using var client = _app.AnonymousClient();
        HttpResponseMessage? last = null;

        for (var i = 0; i <= Keyplan.Web.Auth.SignInRateLimiting.PermitsPerWindow; i++)
        {
            last = await client.PostAsJsonAsync("/api/auth/login", new { email = "nobody@demo.keyplan", password = "Whatever-1!" });
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, last!.StatusCode);
        Assert.True(last.Headers.RetryAfter?.Delta > TimeSpan.Zero);
    }
}
