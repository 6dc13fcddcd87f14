using System.Net;
using System.Text.Json;
using Keyplan.Core.Demo;
using Keyplan.IntegrationTests.Infrastructure;

namespace Keyplan.IntegrationTests;

/// <summary>Health, the API description, error answers and security headers.</summary>
public sealed class PlatformTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Theory]
    [InlineData("/health")]
    [InlineData("/health/ready")]
    public async Task Health_AnswersHealthyWithoutSignIn(string url)
    {
        using var client = app.AnonymousClient();

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task OpenApiDocument_DescribesTheAccountsApi()
    {
        using var client = app.AnonymousClient();

        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));
        var paths = document.RootElement.GetProperty("paths");

        Assert.True(paths.TryGetProperty("/api/accounts/{id}", out _));
        Assert.True(paths.TryGetProperty("/api/accounts/{accountId}/contacts/{id}", out _));
        Assert.True(paths.TryGetProperty("/api/auth/login", out _));
    }

    [Fact]
    public async Task ApiReferencePage_IsServed()
    {
        using var client = app.AnonymousClient();

        var response = await client.GetAsync("/api/docs/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Keyplan API", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Responses_CarrySecurityHeaders()
    {
        using var client = app.AnonymousClient();

        var response = await client.GetAsync("/account/login");

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownApiRoute_IsProblemDetails404()
    {
        using var client = await app.ClientForAsync(DemoUsers.Kam);

        var response = await client.GetAsync("/api/does-not-exist");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task UnknownPage_ShowsTheNotFoundPageWithoutInternals()
    {
        using var client = await app.ClientForAsync(DemoUsers.Kam);

        var response = await client.GetAsync("/no/such/page");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MalformedJson_IsA400ProblemWithoutStackTrace()
    {
        using var client = await app.ClientForAsync(DemoUsers.Admin);

        var response = await client.PostAsync("/api/accounts", new StringContent("{ not json", System.Text.Encoding.UTF8, "application/json"));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
    }
}
