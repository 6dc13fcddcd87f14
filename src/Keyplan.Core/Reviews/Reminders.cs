using System.Globalization;
using System.Text.Json;
using Keyplan.Core.Data;
using Keyplan.Core.Notifications;
using Keyplan.Core.Plans;
using Keyplan.Core.Plans.Sections;
using Microsoft.EntityFrameworkCore;

namespace Keyplan.Core.Reviews;

/// <summary>A reminder already sent, by a key that names what it was about, so each is sent once.</summary>
public class SentReminder
{
    public const int KeyMaxLength = 120;

    public required string Key { get; set; }
    public DateTimeOffset SentAt { get; set; }
}

/// <summary>How many reminders one round sent, by kind.</summary>
public sealed record ReminderRound(int ReviewsDue, int ReviewsOverdue, int ActionsOverdue);

/// <summary>
/// Reminds the owners of current plans of a review due within <see cref="DueSoonDays"/> days and of an overdue review,
/// and the owners of actions (or the plan's KAM, for an action without owner) of actions past their due date that are
/// neither done nor cancelled. Each reminder is sent once (<see cref="SentReminder"/>); a hosted service runs this hourly.
/// </summary>
public sealed class SendRemindersHandler(KeyplanDbContext db, INotificationSender notifications, TimeProvider clock)
{
    public const int DueSoonDays = 7;

    public async Task<ReminderRound> HandleAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        // Plans running now, and those just ended whose last review can still fall overdue.
        var endedSince = today.AddDays(-(ReviewSchedule.GraceDays + 1));
        var plans = await db.Plans.AsNoTracking()
            .Where(p => p.PeriodStart <= today && p.PeriodEnd >= endedSince)
            .Select(p => new
            {
                p.Id, p.OwnerId, p.PeriodStart, p.PeriodEnd, p.ReviewIntervalMonths, Account = p.Account!.Name,
                Reviewed = db.PlanReviews.Where(r => r.PlanId == p.Id).Select(r => r.PeriodEnd).ToList(),
                Actions = p.Sections.Where(s => s.Key == SectionKeys.Actions).Select(s => s.Content).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        var sent = (await db.SentReminders.AsNoTracking().Select(r => r.Key).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var (due, overdue, actions) = (0, 0, 0);

        foreach (var plan in plans)
        {
            var status = ReviewSchedule.Status(plan.PeriodStart, plan.PeriodEnd, plan.ReviewIntervalMonths, plan.Reviewed, today);
            if (status.OverdueSince is { } since
                && await RemindAsync(sent, $"review-overdue:{plan.Id}:{Day(since)}", NotificationKind.ReviewOverdue, plan.OwnerId, plan.Id, plan.Account, Day(since), now, cancellationToken))
            {
                overdue++;
            }
            else if (status.NextDue is { } next && next >= today && next.DayNumber - today.DayNumber <= DueSoonDays
                && await RemindAsync(sent, $"review-due:{plan.Id}:{Day(next)}", NotificationKind.ReviewDue, plan.OwnerId, plan.Id, plan.Account, Day(next), now, cancellationToken))
            {
                due++;
            }

            var content = plan.Actions is null ? null : JsonSerializer.Deserialize<ActionsSection>(plan.Actions, SectionJson.Options);
            foreach (var action in content?.Actions ?? [])
            {
                if (action is { DueDate: { } dueDate } && dueDate < today && action.Status is not (ActionStatus.Done or ActionStatus.Cancelled)
                    && await RemindAsync(sent, $"action-overdue:{plan.Id}:{action.Id:N}:{Day(dueDate)}", NotificationKind.ActionOverdue,
                        action.OwnerUserId ?? plan.OwnerId, plan.Id, $"{plan.Account}: {action.Title}", Day(dueDate), now, cancellationToken))
                {
                    actions++;
                }
            }
        }

        return new ReminderRound(due, overdue, actions);
    }

    private async Task<bool> RemindAsync(
        HashSet<string> sent, string key, NotificationKind kind, string recipientId, int planId, string subject, string comment,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!sent.Add(key))
        {
            return false;
        }

        // Recorded before it is sent: a reminder lost to a failing mail server is better than one sent every hour.
        db.SentReminders.Add(new SentReminder { Key = key, SentAt = now });
        await db.SaveChangesAsync(cancellationToken);
        await notifications.SendAsync(new NotificationMessage(kind, [recipientId], planId, subject, ActorId: null, Comment: comment), cancellationToken);
        return true;
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
