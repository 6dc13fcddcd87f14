using System.Security.Claims;
using Keyplan.Core.Selection;
using Keyplan.Web.Api;
using Keyplan.Web.Auth;

namespace Keyplan.Web.Selection;

/// <summary>Key-account nominations (SPEC §3): the history per account, nominating, revoking, and nominated accounts without a plan.</summary>
internal static class NominationEndpoints
{
    public static void MapNominationEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/accounts/{accountId:int}/nominations").WithTags("Nominations");
        group.MapGet("/", GetAsync).WithName("GetNominations")
            .WithSummary("The account's key-account status and every nomination and revocation, newest first; the ETag is the account's version.")
            .Produces<NominationsDetails>().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/", NominateAsync).WithName("NominateAccount")
            .WithSummary("Management, and Business Area Managers in their area: makes the account a key account with a reason and its KAM (and team); needs If-Match with the account's ETag.")
            .Produces<NominationsDetails>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
        group.MapPost("/revoke", RevokeAsync).WithName("RevokeNomination")
            .WithSummary("Management, and Business Area Managers in their area: ends the key-account status with a comment; needs If-Match with the account's ETag.")
            .Produces<NominationsDetails>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

        app.MapGet("/api/portfolio/nominated-without-plan", ListWithoutPlanAsync).WithTags("Nominations").WithName("ListNominatedWithoutPlan")
            .WithSummary("Key accounts you may see that have no plan for the current fiscal year.")
            .Produces<NominatedWithoutPlan>();
    }

    private static async Task<IResult> GetAsync(
        int accountId, ClaimsPrincipal principal, GetNominationsHandler handler, HttpContext context, CancellationToken cancellationToken) =>
        ResultMapping.Map(await handler.HandleAsync(accountId, principal.ToCurrentUser(), cancellationToken),
            details => ETags.WithETag(TypedResults.Ok(details), context, details.Version));

    private static async Task<IResult> NominateAsync(
        int accountId, NominateInput input, ClaimsPrincipal principal, NominateAccountHandler handler, HttpContext context,
        CancellationToken cancellationToken)
    {
        if (ETags.ParseIfMatch(context.Request) is not { } version)
        {
            return ETags.IfMatchRequired();
        }

        return ResultMapping.Map(await handler.HandleAsync(accountId, version, input, principal.ToCurrentUser(), cancellationToken),
            details => ETags.WithETag(TypedResults.Created($"/api/accounts/{accountId}/nominations", details), context, details.Version));
    }

    private static async Task<IResult> RevokeAsync(
        int accountId, RevokeInput input, ClaimsPrincipal principal, RevokeNominationHandler handler, HttpContext context,
        CancellationToken cancellationToken)
    {
        if (ETags.ParseIfMatch(context.Request) is not { } version)
        {
            return ETags.IfMatchRequired();
        }

        return ResultMapping.Map(await handler.HandleAsync(accountId, version, input, principal.ToCurrentUser(), cancellationToken),
            details => ETags.WithETag(TypedResults.Ok(details), context, details.Version));
    }

    private static async Task<IResult> ListWithoutPlanAsync(
        ClaimsPrincipal principal, NominatedWithoutPlanHandler handler, CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.HandleAsync(principal.ToCurrentUser(), cancellationToken));
}
