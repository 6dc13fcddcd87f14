using System.Security.Claims;
using Keyplan.Core.Workflow;
using Keyplan.Web.Api;
using Keyplan.Web.Auth;

namespace Keyplan.Web.Workflow;

/// <summary>Submit, return, approve and reopen a plan; its history, versions and their comparison; quality scores and their rubric.</summary>
internal static class WorkflowEndpoints
{
    public static void MapWorkflowEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/plans/{id:int}").WithTags("Workflow");
        MapTransition(group, "submit", WorkflowAction.Submit, "SubmitPlan", "Submits the plan for approval (its KAM, or a team member they allow). Tells the Business Area Manager.");
        MapTransition(group, "return", WorkflowAction.Return, "ReturnPlan", "Returns a submitted plan for changes; the comment says what to change. Tells the KAM and team.");
        MapTransition(group, "approve", WorkflowAction.Approve, "ApprovePlan", "Approves a submitted plan and freezes it as a version. Tells the KAM and team.");
        MapTransition(group, "reopen", WorkflowAction.Reopen, "ReopenPlan", "Takes a returned or approved plan back to draft (an approved one to its next version).");
        group.MapGet("/workflow", GetWorkflowAsync).WithName("GetPlanWorkflow")
            .WithSummary("The plan's status, version, what you may do next, its transitions and approved versions.")
            .Produces<PlanWorkflow>().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/transitions", GetTransitionsAsync).WithName("GetPlanTransitions")
            .WithSummary("Every step of the plan through the workflow, newest first: who, when, from and to which status, and the comment.")
            .Produces<IReadOnlyList<TransitionDetails>>().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/versions", GetVersionsAsync).WithName("GetPlanVersions")
            .WithSummary("The plan's approved versions, newest first, with who approved them and their quality score.")
            .Produces<IReadOnlyList<VersionListItem>>().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/versions/{a}/compare/{b}", CompareAsync).WithName("ComparePlanVersions")
            .WithSummary("What was added, removed and changed, section by section, from version a to version b; \"current\" is the plan as it is now.")
            .Produces<VersionComparison>().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/quality-scores", GetScoresAsync).WithName("GetPlanQualityScores")
            .WithSummary("The quality scores given to the plan's versions, newest first.")
            .Produces<IReadOnlyList<QualityScoreDetails>>().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/quality-scores", ScoreAsync).WithName("ScorePlanQuality")
            .WithSummary("Scores the submitted plan against every rubric criterion (1–5, with a comment); the weighted score is kept for its version.")
            .Produces<QualityScoreDetails>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/submitters", async (int id, ClaimsPrincipal principal, SubmittersHandler handler, CancellationToken cancellationToken) =>
                ResultMapping.Map(await handler.ListAsync(id, principal.ToCurrentUser(), cancellationToken), list => TypedResults.Ok(list)))
            .WithName("ListPlanSubmitters").WithSummary("The plan team and whether each member may submit the plan.")
            .Produces<IReadOnlyList<SubmitterDetails>>().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPut("/submitters/{userId}", async (int id, string userId, SubmitterRequest request, ClaimsPrincipal principal, SubmittersHandler handler,
                CancellationToken cancellationToken) =>
                ResultMapping.Map(await handler.SetAsync(id, userId, request, principal.ToCurrentUser(), cancellationToken), member => TypedResults.Ok(member)))
            .WithName("SetPlanSubmitter").WithSummary("Lets a plan team member submit the plan, or not (the plan's KAM only).")
            .Produces<SubmitterDetails>().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);

        var criteria = app.MapGroup("/api/quality-criteria").WithTags("Workflow");
        criteria.MapGet("/", async (QualityCriteriaHandler handler, CancellationToken cancellationToken) => TypedResults.Ok(await handler.ListAsync(cancellationToken)))
            .WithName("ListQualityCriteria").WithSummary("The quality rubric's criteria and their weights.")
            .Produces<IReadOnlyList<QualityCriterionDetails>>();
        criteria.MapPut("/", UpdateCriteriaAsync).WithName("UpdateQualityCriteria")
            .WithSummary("Sets the criteria's weights (0–10; administrators). Scores already given keep the weights of their time.")
            .Produces<IReadOnlyList<QualityCriterionDetails>>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
    }

    private static void MapTransition(RouteGroupBuilder group, string route, WorkflowAction action, string name, string summary) =>
        group.MapPost($"/{route}", (int id, TransitionRequest? request, ClaimsPrincipal principal, TransitionPlanHandler handler, CancellationToken cancellationToken) =>
                TransitionAsync(id, action, request, principal, handler, cancellationToken))
            .WithName(name).WithSummary(summary)
            .Produces<PlanWorkflow>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

    private static async Task<IResult> TransitionAsync(
        int id, WorkflowAction action, TransitionRequest? request, ClaimsPrincipal principal, TransitionPlanHandler handler, CancellationToken cancellationToken) =>
        ResultMapping.Map(await handler.HandleAsync(id, action, request ?? new TransitionRequest(), principal.ToCurrentUser(), cancellationToken),
            workflow => TypedResults.Ok(workflow));

    private static async Task<IResult> GetWorkflowAsync(int id, ClaimsPrincipal principal, GetPlanWorkflowHandler handler, CancellationToken cancellationToken) =>
        ResultMapping.Map(await handler.HandleAsync(id, principal.ToCurrentUser(), cancellationToken), workflow => TypedResults.Ok(workflow));

    private static async Task<IResult> GetTransitionsAsync(int id, ClaimsPrincipal principal, GetPlanWorkflowHandler handler, CancellationToken cancellationToken) =>
        ResultMapping.Map(await handler.HandleAsync(id, principal.ToCurrentUser(), cancellationToken), workflow => TypedResults.Ok(workflow.Transitions));

    private static async Task<IResult> GetVersionsAsync(int id, ClaimsPrincipal principal, GetPlanWorkflowHandler handler, CancellationToken cancellationToken) =>
        ResultMapping.Map(await handler.HandleAsync(id, principal.ToCurrentUser(), cancellationToken), workflow => TypedResults.Ok(workflow.Versions));

    private static async Task<IResult> CompareAsync(
        int id, string a, string b, ClaimsPrincipal principal, CompareVersionsHandler handler, CancellationToken cancellationToken) =>
        ResultMapping.Map(await handler.HandleAsync(id, a, b, principal.ToCurrentUser(), cancellationToken), comparison => TypedResults.Ok(comparison));

    private static async Task<IResult> GetScoresAsync(int id, ClaimsPrincipal principal, QualityScoresHandler handler, CancellationToken cancellationToken) =>
        ResultMapping.Map(await handler.ListAsync(id, principal.ToCurrentUser(), cancellationToken), scores => TypedResults.Ok(scores));

    private static async Task<IResult> ScoreAsync(
        int id, ScorePlanRequest request, ClaimsPrincipal principal, QualityScoresHandler handler, CancellationToken cancellationToken) =>
        ResultMapping.Map(await handler.ScoreAsync(id, request, principal.ToCurrentUser(), cancellationToken), score => TypedResults.Ok(score));

    private static async Task<IResult> UpdateCriteriaAsync(
        IReadOnlyList<QualityCriterionDetails> weights, ClaimsPrincipal principal, QualityCriteriaHandler handler, CancellationToken cancellationToken) =>
        ResultMapping.Map(await handler.UpdateAsync(weights, principal.ToCurrentUser(), cancellationToken), criteria => TypedResults.Ok(criteria));
}
