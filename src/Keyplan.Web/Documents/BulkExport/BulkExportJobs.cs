using System.Collections.Concurrent;
using System.Threading.Channels;
using Keyplan.Core.Documents.BulkExport;
using Keyplan.Core.Identity;

namespace Keyplan.Web.Documents.BulkExport;

/// <summary>
/// The zip exports of this server, in memory (a restart loses them; the user simply starts again). Jobs wait in a
/// bounded queue for the one worker, so many users pressing "Export" cannot start a hundred browsers at once.
/// </summary>
public sealed class BulkExportJobs(string directory, TimeProvider clock)
{
    public const int QueueCapacity = 16;
    public static readonly TimeSpan Retention = TimeSpan.FromHours(1);

    private readonly ConcurrentDictionary<Guid, BulkExportJob> jobs = new();
    private readonly Channel<BulkExportJob> queue = Channel.CreateBounded<BulkExportJob>(
        new BoundedChannelOptions(QueueCapacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    public string Directory { get; } = directory;

    internal ChannelReader<BulkExportJob> Queue => queue.Reader;

    /// <summary>Queues the job, or returns null when the queue is full.</summary>
    public BulkExportJob? TryStart(CurrentUser user, BulkExportSelection selection)
    {
        var job = new BulkExportJob(Guid.NewGuid(), user, selection, clock.GetUtcNow());
        jobs[job.Id] = job;
        if (queue.Writer.TryWrite(job))
        {
            return job;
        }

        jobs.TryRemove(job.Id, out _);
        return null;
    }

    /// <summary>A job is its starter's: anyone else gets nothing, as if it did not exist.</summary>
    public BulkExportJob? Find(Guid id, CurrentUser user) =>
        jobs.TryGetValue(id, out var job) && job.User.Id == user.Id ? job : null;

    /// <summary>Forgets jobs that ended more than <see cref="Retention"/> ago and deletes their zips.</summary>
    public int RemoveExpired()
    {
        var cutoff = clock.GetUtcNow() - Retention;
        var removed = 0;
        foreach (var job in jobs.Values.Where(j => j.FinishedAt < cutoff))
        {
            if (jobs.TryRemove(job.Id, out _))
            {
                DeleteFile(job);
                removed++;
            }
        }

        return removed;
    }

    internal static void DeleteFile(BulkExportJob job)
    {
        if (job.FilePath is { } path && File.Exists(path))
        {
            File.Delete(path);
        }
    }
}
