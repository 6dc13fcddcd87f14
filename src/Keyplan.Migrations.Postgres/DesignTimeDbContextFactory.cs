using Keyplan.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Keyplan.Migrations.Postgres;

/// <summary>Lets `dotnet ef migrations add` build the model for this provider; never used at run time.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<KeyplanDbContext>
{
    public KeyplanDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<KeyplanDbContext>();
        DatabaseSetup.Configure(builder, DatabaseProvider.Postgres, "Host=127.0.0.1;Database=keyplan_design;Username=postgres;Password=postgres");
        return new KeyplanDbContext(builder.Options);
    }
}
