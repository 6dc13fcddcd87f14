using Keyplan.Core.Data;
using Keyplan.Web.Auth;
using Microsoft.EntityFrameworkCore;
using System.Security.Claims;

namespace Keyplan.Web.Profile;

public sealed record MeResponse(
    string Id, string Email, string DisplayName, IReadOnlyList<string> Roles, int? BusinessAreaId, string? BusinessAreaName, string? Culture);

internal static class MeEndpoints
{
    public static void MapMeEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/me", GetMeAsync)
            .WithTags("Me")
            .WithName("GetMe")
            .WithSummary("The signed-in user: roles, business area and language.");
        app.MapGet("/api/me/work", async (ClaimsPrincipal principal, Keyplan.Core.Plans.MyWorkHandler handler, CancellationToken cancellationToken) =>
                TypedResults.Ok(await handler.HandleAsync(principal.ToCurrentUser(), cancellationToken)))
            .WithTags("Me")
            .WithName("GetMyWork")
            .WithSummary("Your overdue and upcoming actions and visits across all your plans.");
    }

    private static async Task<Microsoft.AspNetCore.Http.HttpResults.Ok<MeResponse>> GetMeAsync(
        ClaimsPrincipal principal, KeyplanDbContext db, CancellationToken cancellationToken)
    {
        var user = principal.ToCurrentUser();
        var profile = await db.Users.AsNoTracking().Where(u => u.Id == user.Id)
            .Select(u => new { u.Email, u.Culture, BusinessAreaName = u.BusinessArea == null ? null : u.BusinessArea.Name })
            .FirstAsync(cancellationToken);
        return TypedResults.Ok(new MeResponse(
            user.Id, profile.Email!, user.DisplayName, user.Roles.Order(StringComparer.Ordinal).ToList(),
            user.BusinessAreaId, profile.BusinessAreaName, profile.Culture));
    }
}
