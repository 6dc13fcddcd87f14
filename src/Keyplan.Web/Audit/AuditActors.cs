using System.Security.Claims;
using Keyplan.Core.Audit;
using Keyplan.Web.Auth;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace Keyplan.Web.Audit;

/// <summary>
/// Tells the audit trail who is acting: the signed-in user of an HTTP request (API calls, sign-in, prerendering) and of
/// each activity of a Blazor circuit (clicks, autosaves). Pages run their use cases in scopes of their own, so the user
/// travels with the flow of work (<see cref="AuditActor.Current"/>) rather than through the service scope.
/// </summary>
internal static class AuditActors
{
    public static IServiceCollection AddAuditActors(this IServiceCollection services)
    {
        services.AddScoped<CircuitHandler, AuditActorCircuitHandler>();
        return services;
    }

    public static IApplicationBuilder UseAuditActors(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            using (AuditActor.Use(From(context.User)))
            {
                await next(context);
            }
        });

    public static AuditActor? From(ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true)
        {
            return null;
        }

        var user = principal.ToCurrentUser();
        return new AuditActor(user.Id, user.DisplayName);
    }
}

/// <summary>Sets the circuit's user as the actor around every inbound activity of the circuit.</summary>
internal sealed class AuditActorCircuitHandler(AuthenticationStateProvider authentication) : CircuitHandler
{
    public override Func<CircuitInboundActivityContext, Task> CreateInboundActivityHandler(Func<CircuitInboundActivityContext, Task> next) =>
        async context =>
        {
            var state = await authentication.GetAuthenticationStateAsync();
            using (AuditActor.Use(AuditActors.From(state.User)))
            {
                await next(context);
            }
        };
}
