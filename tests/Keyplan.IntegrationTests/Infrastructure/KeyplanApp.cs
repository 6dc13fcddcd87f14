using System.Net.Http.Headers;
using System.Net.Http.Json;
using Keyplan.Core.Data;
using Keyplan.Core.Demo;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Keyplan.IntegrationTests.Infrastructure;

/// <summary>
/// The real app over its own fresh database, seeded with the demo company. One per test class and provider;
/// tests that change data create their own records, so the demo data stays the known starting state.
/// </summary>
public abstract class KeyplanApp(DatabaseProvider provider) : WebApplicationFactory<Program>, IAsyncLifetime
{
    private TestDatabase? _database;
    private readonly DirectoryInfo _imports = Directory.CreateTempSubdirectory("keyplan-imports-");
    private readonly DirectoryInfo _exports = Directory.CreateTempSubdirectory("keyplan-exports-");
    private readonly Dictionary<string, string> _tokens = [];
    private readonly SemaphoreSlim _tokenLock = new(1, 1);

    public DatabaseProvider Provider => provider;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(provider);
        _ = Server; // starts the app: migrates and seeds
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // UseSetting, unlike added configuration sources, is visible while Program registers its services.
        builder.UseSetting("Database:Provider", provider.ToString());
        builder.UseSetting("ConnectionStrings:Keyplan", _database!.ConnectionString);
        builder.UseSetting("Keyplan:SeedDemo", "true");
        builder.UseSetting("Keyplan:ImportDirectory", _imports.FullName);
        builder.UseSetting("Keyplan:ExportDirectory", _exports.FullName);
    }

    /// <summary>A client signed in as the demo user with a bearer token from POST /api/auth/login.</summary>
    public async Task<HttpClient> ClientForAsync(string email)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenForAsync(email));
        return client;
    }

    public HttpClient AnonymousClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private async Task<string> TokenForAsync(string email)
    {
        await _tokenLock.WaitAsync();
        try
        {
            if (!_tokens.TryGetValue(email, out var token))
            {
                using var client = AnonymousClient();
                var response = await client.PostAsJsonAsync("/api/auth/login", new { email, password = DemoSeeder.DemoPassword });
                response.EnsureSuccessStatusCode();
                var body = await response.Content.ReadFromJsonAsync<TokenResponse>();
                _tokens[email] = token = body!.AccessToken;
            }

            return token;
        }
        finally
        {
            _tokenLock.Release();
        }
    }

    public async Task<T> WithDbAsync<T>(Func<KeyplanDbContext, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<KeyplanDbContext>());
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        _tokenLock.Dispose();
        _imports.Delete(recursive: true);
        _exports.Delete(recursive: true);
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    private sealed record TokenResponse(string AccessToken);
}

public sealed class SqliteApp() : KeyplanApp(DatabaseProvider.Sqlite);

public sealed class PostgresApp() : KeyplanApp(DatabaseProvider.Postgres);
