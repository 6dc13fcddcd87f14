using Microsoft.EntityFrameworkCore;

namespace Keyplan.Core.Data;

internal static class ConcurrentSave
{
    /// <summary>
    /// Saves, turning a lost race (another save between our read and our write) into a stale failure
    /// instead of an exception; nothing is written in that case.
    /// </summary>
    public static async Task<Failure.Stale?> TrySaveAsync(KeyplanDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateConcurrencyException conflict)
        {
            var entry = conflict.Entries.FirstOrDefault(e => e.Entity is IVersioned);
            var current = entry is null ? null : await entry.GetDatabaseValuesAsync(cancellationToken);
            return new Failure.Stale(current?.GetValue<int>(nameof(IVersioned.Version)) ?? 0);
        }
    }
}
