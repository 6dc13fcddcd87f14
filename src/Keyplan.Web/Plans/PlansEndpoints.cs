using System.Security.Claims;
using System.Text.Json;
using Keyplan.Core;
using Keyplan.Core.Plans;
using Keyplan.Core.Plans.Completeness;
using Keyplan.Core.Plans.Sections;
using Keyplan.Web.Api;
using Keyplan.Web.Auth;

namespace Keyplan.Web.Plans;

internal static class PlansEndpoints
{
    public static void MapPlansEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/plans").WithTags("Plans");
        group.MapGet("/", ListAsync).WithName("ListPlans").WithSummary("The plans you may see, filtered by account, owner, fiscal year or status.")
            .Produces<IReadOnlyList<PlanListItem>>();
        group.MapPost("/", CreateAsync).WithName("CreatePlan").WithSummary("Creates a plan for an account and period from the full or light template.")
            .Produces<PlanDetails>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapGet("/{id:int}", GetAsync).WithName("GetPlan").WithSummary("The whole plan with every section; the ETag changes when anything in it changes.")
            .Produces<PlanDetails>().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/{id:int}/carry-forward", CarryForwardAsync).WithName("CarryForwardPlan")
            .WithSummary("Creates the next period's plan from this one: analysis, stakeholders, open actions and running objectives, without the actuals.")
            .Produces<PlanDetails>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{id:int}/completeness", GetCompletenessAsync).WithName("GetPlanCompleteness")
            .WithSummary("How complete each of the six steps is (percent) and what is missing or weak, each item naming the section to fix.")
            .Produces<PlanCompleteness>().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{id:int}/sections/{key}", GetSectionAsync).WithName("GetPlanSection").WithSummary("One section; the ETag is its version.")
            .Produces<PlanSectionDetails>().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPut("/{id:int}/sections/{key}", UpdateSectionAsync).WithName("UpdatePlanSection")
            .WithSummary("Replaces a section's content; needs If-Match with the section's ETag. The body is the section's content object.")
            .Accepts<JsonElement>("application/json")
            .Produces<PlanSectionDetails>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status428PreconditionRequired);
    }

    private static async Task<IResult> ListAsync(
        int? accountId, string? ownerId, int? fiscalYear, PlanStatus? status, ClaimsPrincipal principal, ListPlansHandler handler,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.HandleAsync(new ListPlansQuery(accountId, ownerId, fiscalYear, status), principal.ToCurrentUser(), cancellationToken));

    private static async Task<IResult> CreateAsync(
        CreatePlanRequest request, ClaimsPrincipal principal, CreatePlanHandler handler, HttpContext context, CancellationToken cancellationToken) =>
        ResultMapping.Map(await handler.HandleAsync(request, principal.ToCurrentUser(), cancellationToken),
            plan => WithPlanETag(TypedResults.Created($"/api/plans/{plan.Id}", plan), context, plan));

    private static async Task<IResult> GetAsync(
        int id, ClaimsPrincipal principal, GetPlanHandler handler, HttpContext context, CancellationToken cancellationToken) =>
        ResultMapping.Map(await handler.HandleAsync(id, principal.ToCurrentUser(), cancellationToken),
            plan => WithPlanETag(TypedResults.Ok(plan), context, plan));

    private static async Task<IResult> CarryForwardAsync(
        int id, ClaimsPrincipal principal, CarryForwardHandler handler, HttpContext context, CancellationToken cancellationToken) =>
        ResultMapping.Map(await handler.HandleAsync(id, principal.ToCurrentUser(), cancellationToken),
            plan => WithPlanETag(TypedResults.Created($"/api/plans/{plan.Id}", plan), context, plan));

    private static async Task<IResult> GetCompletenessAsync(
        int id, ClaimsPrincipal principal, GetCompletenessHandler handler, CancellationToken cancellationToken) =>
        ResultMapping.Map(await handler.HandleAsync(id, principal.ToCurrentUser(), cancellationToken), completeness => TypedResults.Ok(completeness));

    private static async Task<IResult> GetSectionAsync(
        int id, string key, ClaimsPrincipal principal, GetSectionHandler handler, HttpContext context, CancellationToken cancellationToken) =>
        ResultMapping.Map(await handler.HandleAsync(id, key, principal.ToCurrentUser(), cancellationToken),
            section => ETags.WithETag(TypedResults.Ok(section), context, section.Version));

    private static async Task<IResult> UpdateSectionAsync(
        int id, string key, ClaimsPrincipal principal, UpdateSectionHandler handler, HttpContext context, CancellationToken cancellationToken)
    {
        if (SectionCatalog.Find(key) is not { } definition)
        {
            return ResultMapping.ToProblem(new Failure.NotFound());
        }

        if (ETags.ParseIfMatch(context.Request) is not { } version)
        {
            return ETags.IfMatchRequired();
        }

        var content = await SectionBody.ReadAsync(context.Request, definition, cancellationToken);
        if (content.Failure is { } unreadable)
        {
            return ResultMapping.ToProblem(unreadable);
        }

        return ResultMapping.Map(await handler.HandleAsync(id, key, version, content.Value!, principal.ToCurrentUser(), cancellationToken),
            section => ETags.WithETag(TypedResults.Ok(section), context, section.Version));
    }

    private static IResult WithPlanETag(IResult result, HttpContext context, PlanDetails plan)
    {
        context.Response.Headers.ETag = $"\"{plan.ETagValue()}\"";
        return result;
    }
}
