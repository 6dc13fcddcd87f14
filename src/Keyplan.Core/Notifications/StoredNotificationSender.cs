using Keyplan.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Keyplan.Core.Notifications;

/// <summary>
/// Stores one notification per recipient for the bell, then mails each one when a mailer is registered. A mail that
/// cannot be sent is logged, not thrown: the action that caused it has already happened and the bell still shows it.
/// </summary>
public sealed class StoredNotificationSender(
    KeyplanDbContext db, TimeProvider clock, IEnumerable<INotificationMailer> mailers, ILogger<StoredNotificationSender> logger) : INotificationSender
{
    public async Task SendAsync(NotificationMessage message, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var subject = message.Subject.Length > Notification.SubjectMaxLength ? message.Subject[..Notification.SubjectMaxLength] : message.Subject;
        var comment = message.Comment is { Length: > Notification.CommentMaxLength } ? message.Comment[..Notification.CommentMaxLength] : message.Comment;
        var rows = message.RecipientIds.Where(id => id != message.ActorId).Distinct(StringComparer.Ordinal)
            .Select(id => new Notification
            {
                RecipientId = id, Kind = message.Kind, PlanId = message.PlanId, Subject = subject, ActorId = message.ActorId,
                Comment = comment, CreatedAt = now,
            })
            .ToList();
        db.Notifications.AddRange(rows);
        await db.SaveChangesAsync(cancellationToken);

        var mailerList = mailers.ToList();
        if (mailerList.Count == 0 || rows.Count == 0)
        {
            return;
        }

        var recipientIds = rows.Select(r => r.RecipientId).ToList();
        var recipients = await db.Users.AsNoTracking().Where(u => recipientIds.Contains(u.Id)).ToListAsync(cancellationToken);
        var actorName = message.ActorId is null ? null
            : await db.Users.Where(u => u.Id == message.ActorId).Select(u => u.DisplayName).FirstOrDefaultAsync(cancellationToken);
        foreach (var row in rows)
        {
            var recipient = recipients.FirstOrDefault(u => u.Id == row.RecipientId);
            if (recipient?.Email is null)
            {
                continue;
            }

            var item = new NotificationItem(row.Id, row.Kind, row.PlanId, row.Subject, actorName, row.Comment, row.CreatedAt, null);
            foreach (var mailer in mailerList)
            {
                try
                {
                    await mailer.MailAsync(item, recipient, cancellationToken);
                }
                catch (Exception failure) when (failure is not OperationCanceledException)
                {
                    logger.LogWarning(failure, "Could not mail notification {NotificationId} to user {UserId}.", row.Id, recipient.Id);
                }
            }
        }
    }
}
