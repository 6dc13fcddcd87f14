using Keyplan.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Keyplan.Core.Import;

/// <summary>What one clean-up removed: previews never committed, and uploaded files nobody can commit any more.</summary>
public sealed record ExpiredImports(int Batches, int Files);

/// <summary>
/// Removes abandoned uploads older than the retention: previews never committed (their batch and their file), the files of
/// failed commits (the batch stays as the record of the failure), and files that never got a batch (an upload left at
/// the mapping step). Committed imports keep their file: it is the record of what was imported.
/// </summary>
public sealed class ExpireImportUploadsHandler(KeyplanDbContext db, ImportFileStore store, TimeProvider clock)
{
    public async Task<ExpiredImports> HandleAsync(TimeSpan retention, CancellationToken cancellationToken)
    {
        var cutoff = clock.GetUtcNow() - retention;
        var previews = await db.ImportBatches.Where(b => b.Status == ImportBatchStatus.Previewed && b.CreatedAt < cutoff).ToListAsync(cancellationToken);
        db.ImportBatches.RemoveRange(previews);
        await db.SaveChangesAsync(cancellationToken);

        var failed = await db.ImportBatches.AsNoTracking().Where(b => b.Status == ImportBatchStatus.Failed && b.CreatedAt < cutoff)
            .Select(b => b.FilePath).ToListAsync(cancellationToken);
        // A file stays while a batch still needs it: a newer preview of the same upload with another mapping, or a commit.
        var needed = (await db.ImportBatches.AsNoTracking().Where(b => b.Status != ImportBatchStatus.Failed)
            .Select(b => b.FilePath).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var files = 0;
        foreach (var path in previews.Select(b => b.FilePath).Concat(failed).Distinct(StringComparer.Ordinal))
        {
            if (!needed.Contains(path) && Delete(path))
            {
                files++;
            }
        }

        files += DeleteUnclaimedFiles(needed, failed, cutoff);
        return new ExpiredImports(previews.Count, files);
    }

    private int DeleteUnclaimedFiles(HashSet<string> needed, List<string> failed, DateTimeOffset cutoff)
    {
        if (!Directory.Exists(store.Directory))
        {
            return 0;
        }

        var files = 0;
        foreach (var path in Directory.EnumerateFiles(store.Directory, "*.upload"))
        {
            if (!needed.Contains(path) && !failed.Contains(path) && File.GetLastWriteTimeUtc(path) < cutoff.UtcDateTime && Delete(path))
            {
                files++;
            }
        }

        return files;
    }

    /// <summary>A file already gone (deleted by hand, or by an earlier run that stopped half-way) is no error.</summary>
    private static bool Delete(string path)
    {
        if (!File.Exists(path))
        {
            return false;
        }

        File.Delete(path);
        return true;
    }
}
