namespace Keyplan.Core.Notifications;

/// <summary>What a notification is about; the reader's language turns it into text when it is shown or mailed.</summary>
public enum NotificationKind
{
    PlanSubmitted,
    PlanReturned,
    PlanApproved,
    DecisionRequested,
    DecisionEscalated,
    DecisionMade,
    ReviewDue,
    ReviewOverdue,
    ActionOverdue,
}

/// <summary>
/// One event for one or more people. It holds the facts, not the sentence, so that each recipient reads it in
/// their own language (<see cref="Keyplan.Core.Identity.User"/>'s language) in the app and in e-mail.
/// </summary>
/// <param name="Kind">What happened.</param>
/// <param name="RecipientIds">The users to tell; the actor is never told about their own action.</param>
/// <param name="PlanId">The plan it concerns, for the link, if any.</param>
/// <param name="Subject">What it is about in a few words, e.g. the account's name, shown as is.</param>
/// <param name="ActorId">Who did it, or null for reminders the system sends.</param>
/// <param name="Comment">A comment given with it (a return's reason, a decision's note), shown as is.</param>
public sealed record NotificationMessage(
    NotificationKind Kind,
    IReadOnlyCollection<string> RecipientIds,
    int? PlanId,
    string Subject,
    string? ActorId = null,
    string? Comment = null);

/// <summary>Stores in-app notifications (the bell) and mails them when SMTP is configured.</summary>
public interface INotificationSender
{
    Task SendAsync(NotificationMessage message, CancellationToken cancellationToken);
}
