using System.Security.Claims;
using Keyplan.Core.Accounts;
using Keyplan.Web.Api;
using Keyplan.Web.Auth;

namespace Keyplan.Web.Accounts;

internal static class RevenueEndpoints
{
    public static void MapRevenueEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/accounts/{accountId:int}/revenue").WithTags("Revenue");
        group.MapGet("/", ListAsync).WithName("ListRevenue").WithSummary("The account's revenue and contribution margin per year and product group.")
            .Produces<IReadOnlyList<RevenueDetails>>().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{id:int}", GetAsync).WithName("GetRevenueRow").WithSummary("One revenue row; the ETag is its version.")
            .Produces<RevenueDetails>().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/", CreateAsync).WithName("CreateRevenueRow").WithSummary("Adds a revenue row (one per year and product group).")
            .Produces<RevenueDetails>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPut("/{id:int}", UpdateAsync).WithName("UpdateRevenueRow").WithSummary("Changes a revenue row; needs If-Match with its ETag.")
            .Produces<RevenueDetails>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
        group.MapDelete("/{id:int}", DeleteAsync).WithName("DeleteRevenueRow").WithSummary("Removes a revenue row.")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> ListAsync(int accountId, ClaimsPrincipal principal, ListRevenueHandler handler, CancellationToken cancellationToken) =>
        ResultMapping.Map(await handler.HandleAsync(accountId, principal.ToCurrentUser(), cancellationToken), rows => TypedResults.Ok(rows));

    private static async Task<IResult> GetAsync(
        int accountId, int id, ClaimsPrincipal principal, GetRevenueHandler handler, HttpContext context, CancellationToken cancellationToken) =>
        ResultMapping.Map(await handler.HandleAsync(accountId, id, principal.ToCurrentUser(), cancellationToken),
            row => ETags.WithETag(TypedResults.Ok(row), context, row.Version));

    private static async Task<IResult> CreateAsync(
        int accountId, RevenueInput input, ClaimsPrincipal principal, CreateRevenueHandler handler, HttpContext context, CancellationToken cancellationToken) =>
        ResultMapping.Map(await handler.HandleAsync(accountId, input, principal.ToCurrentUser(), cancellationToken),
            row => ETags.WithETag(TypedResults.Created($"/api/accounts/{accountId}/revenue/{row.Id}", row), context, row.Version));

    private static async Task<IResult> UpdateAsync(
        int accountId, int id, RevenueInput input, ClaimsPrincipal principal, UpdateRevenueHandler handler, HttpContext context, CancellationToken cancellationToken)
    {
        if (ETags.ParseIfMatch(context.Request) is not { } version)
        {
            return ETags.IfMatchRequired();
        }

        return ResultMapping.Map(await handler.HandleAsync(accountId, id, version, input, principal.ToCurrentUser(), cancellationToken),
            row => ETags.WithETag(TypedResults.Ok(row), context, row.Version));
    }

    private static async Task<IResult> DeleteAsync(
        int accountId, int id, ClaimsPrincipal principal, DeleteRevenueHandler handler, HttpContext context, CancellationToken cancellationToken) =>
        ResultMapping.Map(await handler.HandleAsync(accountId, id, ETags.ParseIfMatch(context.Request), principal.ToCurrentUser(), cancellationToken),
            _ => TypedResults.NoContent());
}
