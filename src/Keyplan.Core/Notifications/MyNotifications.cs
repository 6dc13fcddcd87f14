using Keyplan.Core.Data;
using Keyplan.Core.Identity;
using Microsoft.EntityFrameworkCore;

namespace Keyplan.Core.Notifications;

/// <summary>The signed-in user's notifications, newest first, and marking them read. Nobody sees anyone else's.</summary>
public sealed class MyNotificationsHandler(KeyplanDbContext db, TimeProvider clock)
{
    public const int MaxListed = 100;

    public async Task<NotificationList> ListAsync(CurrentUser user, CancellationToken cancellationToken)
    {
        var mine = db.Notifications.AsNoTracking().Where(n => n.RecipientId == user.Id);
        var unread = await mine.CountAsync(n => n.ReadAt == null, cancellationToken);
        var items = await mine.OrderByDescending(n => n.Id).Take(MaxListed)
            .Select(n => new NotificationItem(n.Id, n.Kind, n.PlanId, n.Subject, n.Actor!.DisplayName, n.Comment, n.CreatedAt, n.ReadAt))
            .ToListAsync(cancellationToken);
        return new NotificationList(unread, items);
    }

    public Task<int> UnreadCountAsync(CurrentUser user, CancellationToken cancellationToken) =>
        db.Notifications.CountAsync(n => n.RecipientId == user.Id && n.ReadAt == null, cancellationToken);

    public async Task<Result<Done>> MarkReadAsync(int id, CurrentUser user, CancellationToken cancellationToken)
    {
        var notification = await db.Notifications.FirstOrDefaultAsync(n => n.Id == id && n.RecipientId == user.Id, cancellationToken);
        if (notification is null)
        {
            return new Failure.NotFound();
        }

        notification.ReadAt ??= clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return new Done();
    }

    public async Task MarkAllReadAsync(CurrentUser user, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await db.Notifications.Where(n => n.RecipientId == user.Id && n.ReadAt == null)
            .ExecuteUpdateAsync(n => n.SetProperty(x => x.ReadAt, now), cancellationToken);
    }
}
