namespace Keyplan.Core.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>Bound from the "Database" section; the connection string comes from ConnectionStrings:Keyplan.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";
    public const string ConnectionStringName = "Keyplan";
    public const string SqliteMigrationsAssembly = "Keyplan.Migrations.Sqlite";
    public const string PostgresMigrationsAssembly = "Keyplan.Migrations.Postgres";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;
}
