using Keyplan.Core;
using Keyplan.Core.Data;
using Keyplan.Core.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Keyplan.UnitTests;

/// <summary>
/// Core services and Identity on a migrated in-memory SQLite database. The open connection keeps the database
/// alive; each scope is like one request. Time stands still at <see cref="Now"/>.
/// </summary>
public sealed class InMemoryKeyplan : IAsyncDisposable
{
    public static readonly DateTimeOffset Now = new(2026, 3, 15, 9, 0, 0, TimeSpan.Zero);

    private readonly SqliteConnection _connection;
    private readonly ServiceProvider _services;

    private InMemoryKeyplan(SqliteConnection connection, ServiceProvider services)
    {
        _connection = connection;
        _services = services;
    }

    public static async Task<InMemoryKeyplan> CreateAsync()
    {
        var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddDbContext<KeyplanDbContext>(options => options.UseSqlite(
            connection, sqlite => sqlite.MigrationsAssembly(DatabaseOptions.SqliteMigrationsAssembly)));
        services.AddKeyplanCore();
        services.AddSingleton<TimeProvider>(new FixedClock(Now));
        services.AddIdentityCore<User>(IdentityRules.Configure)
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<KeyplanDbContext>();
        var keyplan = new InMemoryKeyplan(connection, services.BuildServiceProvider(validateScopes: true));
        await using var scope = keyplan.CreateScope();
        await scope.ServiceProvider.GetRequiredService<KeyplanDbContext>().Database.MigrateAsync();
        return keyplan;
    }

    public AsyncServiceScope CreateScope() => _services.CreateAsyncScope();

    /// <summary>Runs <paramref name="action"/> with a service of a fresh scope.</summary>
    public async Task<TResult> WithAsync<TService, TResult>(Func<TService, Task<TResult>> action)
        where TService : notnull
    {
        await using var scope = CreateScope();
        return await action(scope.ServiceProvider.GetRequiredService<TService>());
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await _connection.DisposeAsync();
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
