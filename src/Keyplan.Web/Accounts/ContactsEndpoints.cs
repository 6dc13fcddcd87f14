using System.Security.Claims;
using Keyplan.Core.Accounts;
using Keyplan.Web.Api;
using Keyplan.Web.Auth;

namespace Keyplan.Web.Accounts;

internal static class ContactsEndpoints
{
    public static void MapContactsEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/accounts/{accountId:int}/contacts").WithTags("Contacts");
        group.MapGet("/", ListAsync).WithName("ListContacts").WithSummary("The account's contacts with their reports-to links.")
            .Produces<IReadOnlyList<ContactDetails>>().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{id:int}", GetAsync).WithName("GetContact").WithSummary("One contact; the ETag is its version.")
            .Produces<ContactDetails>().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/", CreateAsync).WithName("CreateContact").WithSummary("Adds a contact to the account.")
            .Produces<ContactDetails>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPut("/{id:int}", UpdateAsync).WithName("UpdateContact").WithSummary("Changes a contact; needs If-Match with its ETag.")
            .Produces<ContactDetails>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
        group.MapDelete("/{id:int}", DeleteAsync).WithName("DeleteContact").WithSummary("Removes a contact; their reports move up to their manager.")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> ListAsync(int accountId, ClaimsPrincipal principal, ListContactsHandler handler, CancellationToken cancellationToken) =>
        ResultMapping.Map(await handler.HandleAsync(accountId, principal.ToCurrentUser(), cancellationToken), contacts => TypedResults.Ok(contacts));

    private static async Task<IResult> GetAsync(
        int accountId, int id, ClaimsPrincipal principal, GetContactHandler handler, HttpContext context, CancellationToken cancellationToken) =>
        ResultMapping.Map(await handler.HandleAsync(accountId, id, principal.ToCurrentUser(), cancellationToken),
            contact => ETags.WithETag(TypedResults.Ok(contact), context, contact.Version));

    private static async Task<IResult> CreateAsync(
        int accountId, ContactInput input, ClaimsPrincipal principal, CreateContactHandler handler, HttpContext context, CancellationToken cancellationToken) =>
        ResultMapping.Map(await handler.HandleAsync(accountId, input, principal.ToCurrentUser(), cancellationToken),
            contact => ETags.WithETag(TypedResults.Created($"/api/accounts/{accountId}/contacts/{contact.Id}", contact), context, contact.Version));

    private static async Task<IResult> UpdateAsync(
        int accountId, int id, ContactInput input, ClaimsPrincipal principal, UpdateContactHandler handler, HttpContext context, CancellationToken cancellationToken)
    {
        if (ETags.ParseIfMatch(context.Request) is not { } version)
        {
            return ETags.IfMatchRequired();
        }

        return ResultMapping.Map(await handler.HandleAsync(accountId, id, version, input, principal.ToCurrentUser(), cancellationToken),
            contact => ETags.WithETag(TypedResults.Ok(contact), context, contact.Version));
    }

    private static async Task<IResult> DeleteAsync(
        int accountId, int id, ClaimsPrincipal principal, DeleteContactHandler handler, HttpContext context, CancellationToken cancellationToken) =>
        ResultMapping.Map(await handler.HandleAsync(accountId, id, ETags.ParseIfMatch(context.Request), principal.ToCurrentUser(), cancellationToken),
            _ => TypedResults.NoContent());
}
