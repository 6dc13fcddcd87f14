using Keyplan.Core.Identity;
using Keyplan.Core.Plans;

namespace Keyplan.Core.Notifications;

/// <summary>One in-app notification for one person (the bell). It keeps the facts; the text is made in the reader's language.</summary>
public class Notification
{
    public const int SubjectMaxLength = 200;
    public const int CommentMaxLength = 2000;

    public int Id { get; set; }
    public required string RecipientId { get; set; }
    public User? Recipient { get; set; }
    public NotificationKind Kind { get; set; }
    public int? PlanId { get; set; }
    public Plan? Plan { get; set; }
    public required string Subject { get; set; }
    public string? ActorId { get; set; }
    public User? Actor { get; set; }
    public string? Comment { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ReadAt { get; set; }
}

/// <summary>One notification as its reader sees it; <see cref="Kind"/> is turned into text by the app in their language.</summary>
public sealed record NotificationItem(
    int Id, NotificationKind Kind, int? PlanId, string Subject, string? ActorName, string? Comment, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt);

public sealed record NotificationList(int Unread, IReadOnlyList<NotificationItem> Items);

/// <summary>Mails a stored notification to its recipient; registered only when SMTP is configured.</summary>
public interface INotificationMailer
{
    Task MailAsync(NotificationItem notification, User recipient, CancellationToken cancellationToken);
}
