using System.Security.Claims;
using Keyplan.Core.Notifications;
using Keyplan.Web.Api;
using Keyplan.Web.Auth;

namespace Keyplan.Web.Notifications;

internal static class NotificationsEndpoints
{
    public static void MapNotificationsEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/me/notifications").WithTags("Notifications");
        group.MapGet("/", async (ClaimsPrincipal principal, MyNotificationsHandler handler, CancellationToken cancellationToken) =>
                TypedResults.Ok(await handler.ListAsync(principal.ToCurrentUser(), cancellationToken)))
            .WithName("ListMyNotifications").WithSummary("Your notifications, newest first (up to 100), and how many are unread.")
            .Produces<NotificationList>();
        group.MapPost("/{id:int}/read", async (int id, ClaimsPrincipal principal, MyNotificationsHandler handler, CancellationToken cancellationToken) =>
                ResultMapping.Map(await handler.MarkReadAsync(id, principal.ToCurrentUser(), cancellationToken), _ => TypedResults.NoContent()))
            .WithName("MarkNotificationRead").WithSummary("Marks one of your notifications read.")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/read", async (ClaimsPrincipal principal, MyNotificationsHandler handler, CancellationToken cancellationToken) =>
            {
                await handler.MarkAllReadAsync(principal.ToCurrentUser(), cancellationToken);
                return TypedResults.NoContent();
            })
            .WithName("MarkAllNotificationsRead").WithSummary("Marks all your notifications read.")
            .Produces(StatusCodes.Status204NoContent);
    }
}
