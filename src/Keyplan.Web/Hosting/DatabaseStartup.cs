using Keyplan.Core.Data;
using Keyplan.Core.Demo;
using Microsoft.EntityFrameworkCore;

namespace Keyplan.Web.Hosting;

internal static class DatabaseStartup
{
    /// <summary>
    /// In Development and the demo the app migrates its own database and seeds an empty one; in production
    /// `keyplan migrate` does that as a deliberate step, and demo data is never seeded there.
    /// </summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app, CancellationToken cancellationToken)
    {
        var seedDemo = app.Configuration.GetSection(KeyplanOptions.SectionName).Get<KeyplanOptions>()?.SeedDemo ?? false;
        var isDemo = app.Environment.IsDevelopment() || (seedDemo && !app.Environment.IsProduction());
        if (!isDemo)
        {
            return;
        }

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KeyplanDbContext>();
        await db.Database.MigrateAsync(cancellationToken);
        var seeder = scope.ServiceProvider.GetRequiredService<DemoSeeder>();
        if (await seeder.SeedIfEmptyAsync(cancellationToken))
        {
            app.Logger.LogInformation("Seeded the demo company into the empty database.");
        }
    }
}
