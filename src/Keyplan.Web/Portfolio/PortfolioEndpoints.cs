using System.Security.Claims;
using Keyplan.Core.Portfolio;
using Keyplan.Web.Api;
using Keyplan.Web.Auth;

namespace Keyplan.Web.Portfolio;

internal static class PortfolioEndpoints
{
    public static void MapPortfolioEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/portfolio").WithTags("Portfolio");
        group.MapGet("/", ListAsync).WithName("ListPortfolio")
            .WithSummary("Ranks the accounts you may see: revenue, contribution margin, growth, potential, share of wallet and ABC class, with totals.")
            .Produces<PortfolioRanking>().ProducesValidationProblem();
    }

    private static async Task<IResult> ListAsync(
        [AsParameters] PortfolioParameters parameters, ClaimsPrincipal principal, ListPortfolioHandler handler, CancellationToken cancellationToken) =>
        ResultMapping.Map(await handler.HandleAsync(parameters.ToQuery(), principal.ToCurrentUser(), cancellationToken), page => TypedResults.Ok(page));
}

/// <summary>The query string of GET /api/portfolio; everything is optional and falls back to the ranking's defaults.</summary>
internal sealed record PortfolioParameters(
    int? BusinessAreaId, string? Industry, string? Country, bool? IsKeyAccount, PortfolioSort? Sort, bool? Descending, int? Page, int? PageSize)
{
    public PortfolioQuery ToQuery()
    {
        var defaults = new PortfolioQuery();
        return new PortfolioQuery
        {
            BusinessAreaId = BusinessAreaId,
            Industry = Industry,
            Country = Country,
            IsKeyAccount = IsKeyAccount,
            Sort = Sort ?? defaults.Sort,
            Descending = Descending ?? defaults.Descending,
            Page = Page ?? defaults.Page,
            PageSize = PageSize ?? defaults.PageSize,
        };
    }
}
