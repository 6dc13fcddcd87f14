using System.Security.Claims;
using Keyplan.Core;
using Keyplan.Core.Dashboards;
using Keyplan.Web.Api;
using Keyplan.Web.Auth;

namespace Keyplan.Web.Dashboards;

internal static class DashboardEndpoints
{
    public static void MapDashboardEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api").WithTags("Dashboards");
        group.MapGet("/dashboard", GetDashboardAsync).WithName("GetLeadershipDashboard")
            .WithSummary("Plans by status, reviews due and overdue, stale plans, average quality score, objective attainment per plan and KAM, open decision requests; for a fiscal year and business area.")
            .Produces<LeadershipDashboard>().ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapGet("/rollout", GetRolloutAsync).WithName("GetRollout")
            .WithSummary("The account planning programme (goals, expected benefits, budget, milestones) and its adoption computed from the data.")
            .Produces<RolloutView>().ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapPut("/rollout", UpdateRolloutAsync).WithName("UpdateRollout")
            .WithSummary("Sets the programme's goals, benefits, budget and milestones (administrators; If-Match with the version).")
            .Produces<RolloutView>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status428PreconditionRequired);
    }

    private static async Task<IResult> GetDashboardAsync(
        int? year, int? businessAreaId, ClaimsPrincipal principal, GetLeadershipDashboardHandler handler, CancellationToken cancellationToken) =>
        ResultMapping.Map(await handler.HandleAsync(new DashboardQuery(year, businessAreaId), principal.ToCurrentUser(), cancellationToken), d => TypedResults.Ok(d));

    private static async Task<IResult> GetRolloutAsync(
        int? year, int? businessAreaId, ClaimsPrincipal principal, RolloutHandler handler, HttpContext context, CancellationToken cancellationToken) =>
        ResultMapping.Map(await handler.GetAsync(new DashboardQuery(year, businessAreaId), principal.ToCurrentUser(), cancellationToken),
            view => ETags.WithETag(TypedResults.Ok(view), context, view.Version));

    private static async Task<IResult> UpdateRolloutAsync(
        RolloutProgrammeInput input, ClaimsPrincipal principal, RolloutHandler handler, HttpContext context, CancellationToken cancellationToken)
    {
        if (ETags.ParseIfMatch(context.Request) is not { } version)
        {
            return ETags.IfMatchRequired();
        }

        return ResultMapping.Map(await handler.UpdateAsync(input, version, principal.ToCurrentUser(), cancellationToken),
            view => ETags.WithETag(TypedResults.Ok(view), context, view.Version));
    }
}
