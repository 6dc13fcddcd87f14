using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Keyplan.Core.Data;

/// <summary>
/// Raises <see cref="IVersioned.Version"/> on every change. The version is the concurrency token: EF's UPDATE
/// includes "WHERE Version = original", so a save based on a stale copy changes no row and fails.
/// </summary>
internal static class VersionStamper
{
    public static void Stamp(ChangeTracker changeTracker)
    {
        foreach (var entry in changeTracker.Entries<IVersioned>())
        {
            if (entry.State == EntityState.Added)
            {
                entry.Entity.Version = 1;
            }
            else if (entry.State == EntityState.Modified)
            {
                var original = entry.Property(e => e.Version).OriginalValue;
                entry.Entity.Version = original + 1;
            }
        }
    }
}
