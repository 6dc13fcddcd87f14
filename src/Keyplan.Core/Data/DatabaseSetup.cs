using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Keyplan.Core.Data;

public static class DatabaseSetup
{
    /// <summary>
    /// Registers <see cref="KeyplanDbContext"/> for the configured provider. Without a connection string the
    /// embedded default is a SQLite file under <paramref name="defaultDataDirectory"/>.
    /// </summary>
    public static IServiceCollection AddKeyplanDatabase(
        this IServiceCollection services, IConfiguration configuration, string defaultDataDirectory)
    {
        var options = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = configuration.GetConnectionString(DatabaseOptions.ConnectionStringName);
        if (options.Provider == DatabaseProvider.Postgres && string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(
                "Database:Provider is Postgres but ConnectionStrings:Keyplan is not set.");
        }

        connectionString ??= DefaultSqliteConnectionString(defaultDataDirectory);
        services.AddSingleton(options);
        services.AddDbContext<KeyplanDbContext>(builder => Configure(builder, options.Provider, connectionString));
        return services;
    }

    public static void Configure(DbContextOptionsBuilder builder, DatabaseProvider provider, string connectionString)
    {
        if (provider == DatabaseProvider.Postgres)
        {
            builder.UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(DatabaseOptions.PostgresMigrationsAssembly));
        }
        else
        {
            EnsureSqliteDirectory(connectionString);
            builder.UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly(DatabaseOptions.SqliteMigrationsAssembly));
        }
    }

    public static string DefaultSqliteConnectionString(string dataDirectory) =>
        new SqliteConnectionStringBuilder { DataSource = Path.Combine(dataDirectory, "keyplan.db") }.ToString();

    private static void EnsureSqliteDirectory(string connectionString)
    {
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        var directory = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(dataSource) && dataSource != ":memory:" && directory is not null)
        {
            Directory.CreateDirectory(directory);
        }
    }
}
