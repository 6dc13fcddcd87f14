using Keyplan.Core.Data;
using Keyplan.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Keyplan.IntegrationTests.Data;

public sealed class MigrationTests
{
    /// <summary>Fails when the model changed without `dotnet ef migrations add` for that provider.</summary>
    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "Data Source=model-check.db")]
    [InlineData(DatabaseProvider.Postgres, "Host=127.0.0.1;Database=model_check")]
    public void Model_HasNoChangesWithoutAMigration(DatabaseProvider provider, string connectionString)
    {
        var options = new DbContextOptionsBuilder<KeyplanDbContext>();
        DatabaseSetup.Configure(options, provider, connectionString);
        using var db = new KeyplanDbContext(options.Options);

        Assert.False(db.Database.HasPendingModelChanges(), $"The {provider} model has changes without a migration.");
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Migrations_ApplyToAnEmptyDatabase(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var options = new DbContextOptionsBuilder<KeyplanDbContext>();
        DatabaseSetup.Configure(options, provider, database.ConnectionString);
        await using var db = new KeyplanDbContext(options.Options);

        await db.Database.MigrateAsync();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(0, await db.Accounts.CountAsync());
    }
}
