using Keyplan.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Keyplan.Migrations.Sqlite;

/// <summary>Lets `dotnet ef migrations add` build the model for this provider; never used at run time.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<KeyplanDbContext>
{
    public KeyplanDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<KeyplanDbContext>();
        DatabaseSetup.Configure(builder, DatabaseProvider.Sqlite, "Data Source=design.db");
        return new KeyplanDbContext(builder.Options);
    }
}
