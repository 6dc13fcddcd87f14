using System.Security.Claims;
using Keyplan.Core.Decisions;
using Keyplan.Core.Reviews;
using Keyplan.Web.Api;
using Keyplan.Web.Auth;

namespace Keyplan.Web.Reviews;

/// <summary>A plan's periodic reviews, and its decision requests with their escalation and decision.</summary>
internal static class ReviewsEndpoints
{
    public static void MapReviewsEndpoints(this IEndpointRouteBuilder app)
    {
        var plan = app.MapGroup("/api/plans/{id:int}").WithTags("Reviews and decisions");
        plan.MapGet("/reviews", ListReviewsAsync).WithName("ListPlanReviews")
            .WithSummary("The plan's review dates, whether a review is due or overdue, whether the plan is stale, and the reviews held, latest first.")
            .Produces<PlanReviews>().ProducesProblem(StatusCodes.Status404NotFound);
        plan.MapPost("/reviews", RecordReviewAsync).WithName("RecordPlanReview")
            .WithSummary("Records a review: date, participants, the KPI actuals of the period (written into the KPI scorecard too), progress, decisions and next steps.")
            .Produces<PlanReviews>(StatusCodes.Status201Created).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        plan.MapGet("/decision-requests", ListDecisionsAsync).WithName("ListPlanDecisionRequests")
            .WithSummary("The plan's decision requests put to leadership, latest first, with their stage, outcome and what you may do.")
            .Produces<IReadOnlyList<DecisionRequestDetails>>().ProducesProblem(StatusCodes.Status404NotFound);
        plan.MapPost("/decision-requests", SubmitDecisionAsync).WithName("SubmitDecisionRequest")
            .WithSummary("Puts a request of the plan's decisions section (by its id) to the Business Area Manager. Tells them.")
            .Produces<DecisionRequestDetails>(StatusCodes.Status201Created).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        plan.MapPost("/decision-requests/{requestId:int}/decide", DecideAsync).WithName("DecideDecisionRequest")
            .WithSummary("Decides a request: approved, rejected or deferred, with a comment. The decision, its date and decider go into the plan. Tells the KAM.")
            .Produces<DecisionRequestDetails>().ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        plan.MapPost("/decision-requests/{requestId:int}/escalate", EscalateAsync).WithName("EscalateDecisionRequest")
            .WithSummary("Passes a request from the Business Area Manager on to Management. Tells Management.")
            .Produces<DecisionRequestDetails>().ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        app.MapGet("/api/me/decision-requests", OpenForMeAsync).WithTags("Reviews and decisions").WithName("ListMyOpenDecisionRequests")
            .WithSummary("The open decision requests on your desk: your business area's for a Business Area Manager, every open one for Management.")
            .Produces<IReadOnlyList<DecisionRequestDetails>>();
    }

    private static async Task<IResult> ListReviewsAsync(int id, ClaimsPrincipal principal, ListReviewsHandler handler, CancellationToken cancellationToken) =>
        ResultMapping.Map(await handler.HandleAsync(id, principal.ToCurrentUser(), cancellationToken), reviews => TypedResults.Ok(reviews));

    private static async Task<IResult> RecordReviewAsync(
        int id, RecordReviewRequest request, ClaimsPrincipal principal, RecordReviewHandler handler, CancellationToken cancellationToken) =>
        ResultMapping.Map(await handler.HandleAsync(id, request, principal.ToCurrentUser(), cancellationToken),
            reviews => TypedResults.Created($"/api/plans/{id}/reviews", reviews));

    private static async Task<IResult> ListDecisionsAsync(int id, ClaimsPrincipal principal, DecisionRequestsHandler handler, CancellationToken cancellationToken) =>
        ResultMapping.Map(await handler.ListAsync(id, principal.ToCurrentUser(), cancellationToken), requests => TypedResults.Ok(requests));

    private static async Task<IResult> SubmitDecisionAsync(
        int id, SubmitDecisionRequest request, ClaimsPrincipal principal, DecisionRequestsHandler handler, CancellationToken cancellationToken) =>
        ResultMapping.Map(await handler.SubmitAsync(id, request, principal.ToCurrentUser(), cancellationToken),
            details => TypedResults.Created($"/api/plans/{id}/decision-requests", details));

    private static async Task<IResult> DecideAsync(
        int id, int requestId, DecideRequest request, ClaimsPrincipal principal, DecisionRequestsHandler handler, CancellationToken cancellationToken) =>
        ResultMapping.Map(await handler.DecideAsync(id, requestId, request, principal.ToCurrentUser(), cancellationToken), details => TypedResults.Ok(details));

    private static async Task<IResult> EscalateAsync(
        int id, int requestId, EscalateRequest? request, ClaimsPrincipal principal, DecisionRequestsHandler handler, CancellationToken cancellationToken) =>
        ResultMapping.Map(await handler.EscalateAsync(id, requestId, request ?? new EscalateRequest(), principal.ToCurrentUser(), cancellationToken),
            details => TypedResults.Ok(details));

    private static async Task<IResult> OpenForMeAsync(ClaimsPrincipal principal, DecisionRequestsHandler handler, CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.OpenForAsync(principal.ToCurrentUser(), cancellationToken));
}
