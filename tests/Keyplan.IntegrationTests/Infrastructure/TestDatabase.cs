using Keyplan.Core.Data;
using Npgsql;

namespace Keyplan.IntegrationTests.Infrastructure;

/// <summary>A fresh, empty database for one test fixture, on SQLite (a temp file) or PostgreSQL (a new database).</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    /// <summary>Where the PostgreSQL server for tests is; test.sh starts one and sets this.</summary>
    public const string PostgresVariable = "KEYPLAN_TEST_POSTGRES";
    private const string DefaultPostgres = "Host=127.0.0.1;Port=5432;Username=postgres;Password=postgres;Database=postgres";

    private TestDatabase(DatabaseProvider provider, string connectionString, Func<ValueTask> drop)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _drop = drop;
    }

    private readonly Func<ValueTask> _drop;

    public DatabaseProvider Provider { get; }
    public string ConnectionString { get; }

    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            var directory = Directory.CreateTempSubdirectory("keyplan-test-");
            var path = Path.Combine(directory.FullName, "keyplan.db");
            return new TestDatabase(provider, $"Data Source={path};Pooling=False", () =>
            {
                directory.Delete(recursive: true);
                return ValueTask.CompletedTask;
            });
        }

        var admin = new NpgsqlConnectionStringBuilder(Environment.GetEnvironmentVariable(PostgresVariable) ?? DefaultPostgres);
        var name = "keyplan_test_" + Guid.NewGuid().ToString("N")[..12];
        await ExecuteAsync(admin.ConnectionString, $"CREATE DATABASE \"{name}\"");
        var database = new NpgsqlConnectionStringBuilder(admin.ConnectionString) { Database = name };
        return new TestDatabase(provider, database.ConnectionString, async () =>
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(admin.ConnectionString, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        });
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        try
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(sql, connection);
            await command.ExecuteNonQueryAsync();
        }
        catch (NpgsqlException e)
        {
            throw new InvalidOperationException(
                $"PostgreSQL for tests is not reachable ({e.Message}). Run ./test.sh, which starts one, or set {PostgresVariable}.", e);
        }
    }

    public ValueTask DisposeAsync() => _drop();
}
