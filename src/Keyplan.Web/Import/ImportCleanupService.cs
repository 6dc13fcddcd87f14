using Keyplan.Core.Import;
using Keyplan.Web.Hosting;
using Microsoft.Extensions.Options;

namespace Keyplan.Web.Import;

/// <summary>
/// Every hour, removes uploads nobody committed within <see cref="KeyplanOptions.ImportRetentionHours"/> (a preview left
/// open, a wizard closed at the mapping step), so the imports folder does not fill the disk with 500 MB files.
/// </summary>
internal sealed partial class ImportCleanupService(
    IServiceScopeFactory scopes, IOptions<KeyplanOptions> options, TimeProvider clock, ILogger<ImportCleanupService> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The first round waits an interval too: nothing is old right after a start, and the start has enough to do.
        using var timer = new PeriodicTimer(Interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                // A locked file or a database briefly away is no reason to stop cleaning up for good; the next round retries.
                LogFailed(logger, exception);
            }
        }
    }

    public async Task<ExpiredImports> RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        // Zero or less would delete an upload while its user is still looking at the preview: take the default then.
        var hours = options.Value.ImportRetentionHours > 0 ? options.Value.ImportRetentionHours : KeyplanOptions.DefaultImportRetentionHours;
        var retention = TimeSpan.FromHours(hours);
        var expired = await scope.ServiceProvider.GetRequiredService<ExpireImportUploadsHandler>().HandleAsync(retention, cancellationToken);
        if (expired.Batches + expired.Files > 0)
        {
            LogExpired(logger, expired.Batches, expired.Files);
        }

        return expired;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Removed {Batches} import previews never committed and {Files} uploaded files.")]
    private static partial void LogExpired(ILogger logger, int batches, int files);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cleaning up old import uploads failed; trying again in an hour.")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
