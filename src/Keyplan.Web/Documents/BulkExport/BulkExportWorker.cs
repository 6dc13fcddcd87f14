using Keyplan.Core.Documents;
using Keyplan.Core.Documents.BulkExport;

namespace Keyplan.Web.Documents.BulkExport;

/// <summary>
/// Works through the queued zip exports one at a time, plan by plan (a PDF takes about a second), each plan in its own
/// scope so one plan's data does not pile up in a long-lived DbContext. Also removes expired jobs every few minutes.
/// </summary>
internal sealed partial class BulkExportWorker(
    BulkExportJobs jobs, IServiceScopeFactory scopes, TimeProvider clock, ILogger<BulkExportWorker> logger) : BackgroundService
{
    public static readonly TimeSpan CleanupInterval = TimeSpan.FromMinutes(5);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(RunQueueAsync(stoppingToken), CleanUpAsync(stoppingToken));

    private async Task RunQueueAsync(CancellationToken stoppingToken)
    {
        await foreach (var job in jobs.Queue.ReadAllAsync(stoppingToken))
        {
            try
            {
                await RunAsync(job, stoppingToken);
                job.Status = BulkExportStatus.Completed;
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                LogFailed(logger, job.Id, exception);
                BulkExportJobs.DeleteFile(job);
                job.Status = BulkExportStatus.Failed;
            }
            finally
            {
                job.FinishedAt = clock.GetUtcNow();
            }
        }
    }

    private async Task RunAsync(BulkExportJob job, CancellationToken cancellationToken)
    {
        job.Status = BulkExportStatus.Running;
        Directory.CreateDirectory(jobs.Directory);
        job.FilePath = Path.Combine(jobs.Directory, $"{job.Id:N}.zip");
        await using var file = File.Create(job.FilePath);
        using (var zip = new BulkExportZipWriter(file))
        {
            foreach (var planId in job.Selection.PlanIds)
            {
                await zip.AddAsync(await ExportOneAsync(job, planId, cancellationToken), cancellationToken);
                job.Failed = zip.Failed;
                job.CountDone();
            }
        }

        await file.FlushAsync(cancellationToken);
    }

    private async Task<BulkExportEntry> ExportOneAsync(BulkExportJob job, int planId, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var handler = scope.ServiceProvider.GetRequiredService<ExportPlanHandler>();
            var result = await handler.HandleAsync(planId, job.Selection.Format, DocumentAudience.Internal, job.User, cancellationToken);
            return result.Succeeded
                ? new BulkExportEntry(planId, result.Value, null)
                : new BulkExportEntry(planId, null, result.Failure!.GetType().Name);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            // One plan's broken content must not fail the other plans: it is listed in errors.txt instead.
            LogPlanFailed(logger, planId, job.Id, exception);
            return new BulkExportEntry(planId, null, exception.Message);
        }
    }

    private async Task CleanUpAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(CleanupInterval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                jobs.RemoveExpired();
            }
            catch (IOException exception)
            {
                LogCleanupFailed(logger, exception);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Zip export {JobId} failed.")]
    private static partial void LogFailed(ILogger logger, Guid jobId, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Plan {PlanId} could not be exported in zip export {JobId}; it is listed in errors.txt.")]
    private static partial void LogPlanFailed(ILogger logger, int planId, Guid jobId, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Removing expired zip exports failed; trying again later.")]
    private static partial void LogCleanupFailed(ILogger logger, Exception exception);
}
