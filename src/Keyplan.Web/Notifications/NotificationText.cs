using Keyplan.Core.Notifications;
using Microsoft.Extensions.Localization;

namespace Keyplan.Web.Notifications;

/// <summary>A notification's sentence in the reader's language, from its kind, actor and subject.</summary>
public static class NotificationText
{
    public static string Sentence(this IStringLocalizer localizer, NotificationItem notification) =>
        localizer[$"Notifications.Kind.{notification.Kind}", notification.ActorName ?? "Keyplan", notification.Subject];

    public static string? Link(NotificationItem notification) => notification.PlanId is { } planId ? $"plans/{planId}" : null;
}
