using Keyplan.Core.Reviews;

namespace Keyplan.Web.Reviews;

/// <summary>Every hour, reminds owners of reviews due and overdue and of overdue actions (each reminder once).</summary>
internal sealed partial class ReminderService(IServiceScopeFactory scopes, TimeProvider clock, ILogger<ReminderService> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The first round waits an interval too: a start (or a test host) is not the moment to mail everyone.
        using var timer = new PeriodicTimer(Interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var round = await scope.ServiceProvider.GetRequiredService<SendRemindersHandler>().HandleAsync(stoppingToken);
                LogRound(logger, round.ReviewsDue, round.ReviewsOverdue, round.ActionsOverdue);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                // A database briefly away is no reason to stop reminding for good; the next round tries again.
                LogFailed(logger, exception);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Reminders sent: {Due} reviews due, {Overdue} reviews overdue, {Actions} actions overdue.")]
    private static partial void LogRound(ILogger logger, int due, int overdue, int actions);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sending reminders failed; trying again in an hour.")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
