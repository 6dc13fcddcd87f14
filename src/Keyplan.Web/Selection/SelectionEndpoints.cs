using System.Security.Claims;
using Keyplan.Core.Selection;
using Keyplan.Web.Api;
using Keyplan.Web.Auth;

namespace Keyplan.Web.Selection;

/// <summary>The selection matrix (SPEC §3): criteria, ratings per account, and the matrix itself.</summary>
internal static class SelectionEndpoints
{
    public static void MapSelectionEndpoints(this IEndpointRouteBuilder app)
    {
        var criteria = app.MapGroup("/api/selection-criteria").WithTags("Selection matrix");
        criteria.MapGet("/", ListCriteriaAsync).WithName("ListSelectionCriteria")
            .WithSummary("The attractiveness and strength criteria with their weights and level descriptions.")
            .Produces<IReadOnlyList<CriterionDetails>>();
        criteria.MapPost("/", CreateCriterionAsync).WithName("CreateSelectionCriterion").WithSummary("Administrators: adds a criterion.")
            .Produces<CriterionDetails>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
        criteria.MapPut("/{id:int}", UpdateCriterionAsync).WithName("UpdateSelectionCriterion")
            .WithSummary("Administrators: changes a criterion; needs If-Match with its ETag.")
            .Produces<CriterionDetails>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
        criteria.MapDelete("/{id:int}", DeleteCriterionAsync).WithName("DeleteSelectionCriterion")
            .WithSummary("Administrators: removes a criterion with its ratings.")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status412PreconditionFailed);

        var ratings = app.MapGroup("/api/accounts/{accountId:int}/ratings").WithTags("Selection matrix");
        ratings.MapGet("/", GetRatingsAsync).WithName("GetAccountRatings")
            .WithSummary("Each criterion with the account's current rating (who, when) and earlier ones, and the two scores.")
            .Produces<AccountRatingsDetails>().ProducesProblem(StatusCodes.Status404NotFound);
        ratings.MapPost("/", RateAsync).WithName("RateAccount")
            .WithSummary("Management, and Business Area Managers in their area: rates the account on one or more criteria (1–10); earlier ratings stay as history.")
            .Produces<AccountRatingsDetails>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        app.MapGet("/api/portfolio/matrix", GetMatrixAsync).WithTags("Selection matrix").WithName("GetSelectionMatrix")
            .WithSummary("Every account you may see with its attractiveness and strength scores, revenue and quadrant at the threshold (default 5.5).")
            .Produces<MatrixDetails>().ProducesValidationProblem();
    }

    private static async Task<IResult> ListCriteriaAsync(ListCriteriaHandler handler, CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.HandleAsync(cancellationToken));

    private static async Task<IResult> CreateCriterionAsync(
        CriterionInput input, ClaimsPrincipal principal, CreateCriterionHandler handler, HttpContext context, CancellationToken cancellationToken) =>
        ResultMapping.Map(await handler.HandleAsync(input, principal.ToCurrentUser(), cancellationToken),
            criterion => ETags.WithETag(TypedResults.Created($"/api/selection-criteria/{criterion.Id}", criterion), context, criterion.Version));

    private static async Task<IResult> UpdateCriterionAsync(
        int id, CriterionInput input, ClaimsPrincipal principal, UpdateCriterionHandler handler, HttpContext context, CancellationToken cancellationToken)
    {
        var user = principal.ToCurrentUser();
        if (!user.IsInRole(Core.Identity.Roles.Administrator))
        {
            return ResultMapping.ToProblem(new Core.Failure.Forbidden());
        }

        if (ETags.ParseIfMatch(context.Request) is not { } version)
        {
            return ETags.IfMatchRequired();
        }

        return ResultMapping.Map(await handler.HandleAsync(id, version, input, user, cancellationToken),
            criterion => ETags.WithETag(TypedResults.Ok(criterion), context, criterion.Version));
    }

    private static async Task<IResult> DeleteCriterionAsync(
        int id, ClaimsPrincipal principal, DeleteCriterionHandler handler, HttpContext context, CancellationToken cancellationToken) =>
        ResultMapping.Map(await handler.HandleAsync(id, ETags.ParseIfMatch(context.Request), principal.ToCurrentUser(), cancellationToken),
            _ => TypedResults.NoContent());

    private static async Task<IResult> GetRatingsAsync(
        int accountId, ClaimsPrincipal principal, GetAccountRatingsHandler handler, CancellationToken cancellationToken) =>
        ResultMapping.Map(await handler.HandleAsync(accountId, principal.ToCurrentUser(), cancellationToken), ratings => TypedResults.Ok(ratings));

    private static async Task<IResult> RateAsync(
        int accountId, RateAccountInput input, ClaimsPrincipal principal, RateAccountHandler handler, CancellationToken cancellationToken) =>
        ResultMapping.Map(await handler.HandleAsync(accountId, input, principal.ToCurrentUser(), cancellationToken), ratings => TypedResults.Ok(ratings));

    private static async Task<IResult> GetMatrixAsync(
        decimal? threshold, int? businessAreaId, ClaimsPrincipal principal, GetMatrixHandler handler, CancellationToken cancellationToken) =>
        ResultMapping.Map(await handler.HandleAsync(threshold, businessAreaId, principal.ToCurrentUser(), cancellationToken), matrix => TypedResults.Ok(matrix));
}
