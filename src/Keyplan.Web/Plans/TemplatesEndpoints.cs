using System.Security.Claims;
using Keyplan.Core;
using Keyplan.Core.Identity;
using Keyplan.Core.Plans.Templates;
using Keyplan.Web.Api;
using Keyplan.Web.Auth;

namespace Keyplan.Web.Plans;

/// <summary>Plan templates: everyone reads them (to choose one for a plan); only administrators copy and change them.</summary>
internal static class TemplatesEndpoints
{
    public static void MapTemplatesEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/templates").WithTags("Templates");
        group.MapGet("/", ListAsync).WithName("ListTemplates")
            .WithSummary("Every plan template with its current version and the number of plans made with it.")
            .Produces<IReadOnlyList<TemplateListItem>>();
        group.MapGet("/{id:int}", GetAsync).WithName("GetTemplate")
            .WithSummary("A template with its current sections and custom fields and every version; the ETag is the current version.")
            .Produces<TemplateDetails>().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/", CopyAsync).WithName("CopyTemplate")
            .WithSummary("Administrators: copies a template (sourceId) under a new name; the copy starts at version 1.")
            .Produces<TemplateDetails>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapPut("/{id:int}", UpdateAsync).WithName("UpdateTemplate")
            .WithSummary("Administrators: saves a copied template as a new version (needs If-Match); existing plans keep their version.")
            .Produces<TemplateDetails>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
    }

    private static async Task<IResult> ListAsync(ClaimsPrincipal principal, ListTemplatesHandler handler, CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.HandleAsync(principal.ToCurrentUser(), cancellationToken));

    private static async Task<IResult> GetAsync(
        int id, ClaimsPrincipal principal, GetTemplateHandler handler, HttpContext context, CancellationToken cancellationToken) =>
        ResultMapping.Map(await handler.HandleAsync(id, principal.ToCurrentUser(), cancellationToken),
            template => ETags.WithETag(TypedResults.Ok(template), context, template.Version));

    private static async Task<IResult> CopyAsync(
        CopyTemplateRequest request, ClaimsPrincipal principal, CopyTemplateHandler handler, HttpContext context, CancellationToken cancellationToken) =>
        ResultMapping.Map(await handler.HandleAsync(request, principal.ToCurrentUser(), cancellationToken),
            template => ETags.WithETag(TypedResults.Created($"/api/templates/{template.Id}", template), context, template.Version));

    private static async Task<IResult> UpdateAsync(
        int id, UpdateTemplateRequest request, ClaimsPrincipal principal, UpdateTemplateHandler handler, HttpContext context,
        CancellationToken cancellationToken)
    {
        var user = principal.ToCurrentUser();
        if (!user.IsInRole(Roles.Administrator))
        {
            return ResultMapping.ToProblem(new Failure.Forbidden());
        }

        if (ETags.ParseIfMatch(context.Request) is not { } version)
        {
            return ETags.IfMatchRequired();
        }

        return ResultMapping.Map(await handler.HandleAsync(id, version, request, user, cancellationToken),
            template => ETags.WithETag(TypedResults.Ok(template), context, template.Version));
    }
}
