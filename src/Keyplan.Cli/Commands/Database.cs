using Keyplan.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Keyplan.Cli.Commands;

internal static class Database
{
    /// <summary>Applies the pending migrations and returns their names, oldest first.</summary>
    public static async Task<IReadOnlyList<string>> MigrateAsync(KeyplanDbContext db, CancellationToken cancellationToken)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            await db.Database.MigrateAsync(cancellationToken);
        }

        return pending;
    }

    /// <summary>False, with a hint on stderr, when the schema is behind: queries would fail with "no such table".</summary>
    public static async Task<bool> IsUpToDateAsync(KeyplanDbContext db, TextWriter error, CancellationToken cancellationToken)
    {
        if (!(await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
        {
            return true;
        }

        await error.WriteLineAsync("The database is not up to date; run 'keyplan migrate' first.");
        return false;
    }
}
