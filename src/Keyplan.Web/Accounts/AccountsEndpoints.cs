using System.Security.Claims;
using Keyplan.Core.Accounts;
using Keyplan.Web.Api;
using Keyplan.Web.Auth;

namespace Keyplan.Web.Accounts;

internal static class AccountsEndpoints
{
    public static void MapAccountsEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/accounts").WithTags("Accounts");
        group.MapGet("/", ListAsync).WithName("ListAccounts").WithSummary("Searches, filters, sorts and pages the accounts you may see.")
            .Produces<PagedResult<AccountListItem>>().ProducesValidationProblem();
        group.MapGet("/{id:int}", GetAsync).WithName("GetAccount").WithSummary("One account's profile and team; the ETag is its version.")
            .Produces<AccountDetails>().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/", CreateAsync).WithName("CreateAccount").WithSummary("Creates an account.")
            .Produces<AccountDetails>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapPut("/{id:int}", UpdateAsync).WithName("UpdateAccount").WithSummary("Changes an account; needs If-Match with its ETag.")
            .Produces<AccountDetails>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status428PreconditionRequired);
        group.MapDelete("/{id:int}", DeleteAsync).WithName("DeleteAccount").WithSummary("Deletes an account with its contacts and revenue.")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status412PreconditionFailed);
    }

    private static async Task<IResult> ListAsync(
        [AsParameters] AccountListParameters parameters, ClaimsPrincipal principal, ListAccountsHandler handler, CancellationToken cancellationToken) =>
        ResultMapping.Map(await handler.HandleAsync(parameters.ToQuery(), principal.ToCurrentUser(), cancellationToken), page => TypedResults.Ok(page));

    private static async Task<IResult> GetAsync(
        int id, ClaimsPrincipal principal, GetAccountHandler handler, HttpContext context, CancellationToken cancellationToken) =>
        ResultMapping.Map(await handler.HandleAsync(id, principal.ToCurrentUser(), cancellationToken),
            account => ETags.WithETag(TypedResults.Ok(account), context, account.Version));

    private static async Task<IResult> CreateAsync(
        AccountInput input, ClaimsPrincipal principal, CreateAccountHandler handler, HttpContext context, CancellationToken cancellationToken) =>
        ResultMapping.Map(await handler.HandleAsync(input, principal.ToCurrentUser(), cancellationToken),
            account => ETags.WithETag(TypedResults.Created($"/api/accounts/{account.Id}", account), context, account.Version));

    private static async Task<IResult> UpdateAsync(
        int id, AccountInput input, ClaimsPrincipal principal, UpdateAccountHandler handler, HttpContext context, CancellationToken cancellationToken)
    {
        if (ETags.ParseIfMatch(context.Request) is not { } version)
        {
            return ETags.IfMatchRequired();
        }

        return ResultMapping.Map(await handler.HandleAsync(id, version, input, principal.ToCurrentUser(), cancellationToken),
            account => ETags.WithETag(TypedResults.Ok(account), context, account.Version));
    }

    private static async Task<IResult> DeleteAsync(
        int id, ClaimsPrincipal principal, DeleteAccountHandler handler, HttpContext context, CancellationToken cancellationToken) =>
        ResultMapping.Map(await handler.HandleAsync(id, ETags.ParseIfMatch(context.Request), principal.ToCurrentUser(), cancellationToken),
            _ => TypedResults.NoContent());
}
