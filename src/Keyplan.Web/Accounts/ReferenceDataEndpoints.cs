using Keyplan.Core.Organisation;

namespace Keyplan.Web.Accounts;

internal static class ReferenceDataEndpoints
{
    public static void MapReferenceDataEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api").WithTags("Reference data");
        group.MapGet("/business-areas", async (LookupsHandler lookups, CancellationToken cancellationToken) =>
                TypedResults.Ok(await lookups.BusinessAreasAsync(cancellationToken)))
            .WithName("ListBusinessAreas").WithSummary("Business areas, for account business area ids.");
        group.MapGet("/product-groups", async (LookupsHandler lookups, CancellationToken cancellationToken) =>
                TypedResults.Ok(await lookups.ProductGroupsAsync(cancellationToken)))
            .WithName("ListProductGroups").WithSummary("Product groups, for revenue rows.");
    }
}
