using System.Security.Claims;
using Keyplan.Core.Audit;
using Keyplan.Web.Api;
using Keyplan.Web.Auth;

namespace Keyplan.Web.Audit;

internal static class AuditEndpoints
{
    public static void MapAuditEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/plans/{id:int}/audit", ForPlanAsync).WithTags("Audit").WithName("GetPlanAudit")
            .WithSummary("Every recorded change to the plan and its sections, newest first: who, when, each field's old and new value. Read-only.")
            .Produces<AuditTrailPage>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        app.MapGet("/api/accounts/{id:int}/audit", ForAccountAsync).WithTags("Audit").WithName("GetAccountAudit")
            .WithSummary("Every recorded change to the account, its team, contacts, revenue, ratings, nominations and plans, newest first. Read-only.")
            .Produces<AuditTrailPage>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> ForPlanAsync(
        int id, long? before, int? take, ClaimsPrincipal principal, GetAuditTrailHandler handler, CancellationToken cancellationToken) =>
        ResultMapping.Map(await handler.ForPlanAsync(id, Query(before, take), principal.ToCurrentUser(), cancellationToken), page => TypedResults.Ok(page));

    private static async Task<IResult> ForAccountAsync(
        int id, long? before, int? take, ClaimsPrincipal principal, GetAuditTrailHandler handler, CancellationToken cancellationToken) =>
        ResultMapping.Map(await handler.ForAccountAsync(id, Query(before, take), principal.ToCurrentUser(), cancellationToken), page => TypedResults.Ok(page));

    private static AuditTrailQuery Query(long? before, int? take) => new(before, take ?? AuditTrailQuery.DefaultTake);
}
