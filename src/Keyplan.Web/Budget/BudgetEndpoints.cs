using System.Security.Claims;
using Keyplan.Core;
using Keyplan.Core.Budget;
using Keyplan.Core.Budget.Export;
using Keyplan.Core.Resources;
using Keyplan.Web.Api;
using Keyplan.Web.Auth;

namespace Keyplan.Web.Budget;

internal static class BudgetEndpoints
{
    public static void MapBudgetEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/budget").WithTags("Sales budget");
        group.MapGet("/", GetAsync).WithName("GetSalesBudget")
            .WithSummary("The sales budget of a fiscal year (default: the current one): approved plans' targets by business area and product group beside last year's revenue and the non-key-account remainder, with totals and attainment per KAM.")
            .Produces<SalesBudget>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapGet("/export", ExportAsync).WithName("ExportSalesBudget")
            .WithSummary("The same sales budget as a file: xlsx (default; budget and KAM sheets) or csv (the budget table, in the reader's culture).")
            .Produces(StatusCodes.Status200OK, contentType: SalesBudgetExport.ContentType(SalesBudgetFormat.Xlsx))
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
    }

    private static async Task<IResult> GetAsync(
        int? year, int? businessAreaId, ClaimsPrincipal principal, GetSalesBudgetHandler handler, CancellationToken cancellationToken) =>
        ResultMapping.Map(
            await handler.HandleAsync(new SalesBudgetQuery { Year = year, BusinessAreaId = businessAreaId }, principal.ToCurrentUser(), cancellationToken),
            budget => TypedResults.Ok(budget));

    private static async Task<IResult> ExportAsync(
        int? year, int? businessAreaId, string? format, ClaimsPrincipal principal, GetSalesBudgetHandler handler, CancellationToken cancellationToken)
    {
        var fileFormat = format is null ? SalesBudgetFormat.Xlsx : Named(format);
        if (fileFormat is null)
        {
            return ResultMapping.ToProblem(Failure.Invalid.For("format", ValidationText.UnreadableValue));
        }

        var result = await handler.HandleAsync(new SalesBudgetQuery { Year = year, BusinessAreaId = businessAreaId }, principal.ToCurrentUser(), cancellationToken);
        if (result.Failure is { } failure)
        {
            return ResultMapping.ToProblem(failure);
        }

        using var file = new MemoryStream();
        await SalesBudgetExport.WriteAsync(result.Value!, fileFormat.Value, file, cancellationToken);
        return TypedResults.File(file.ToArray(), SalesBudgetExport.ContentType(fileFormat.Value),
            SalesBudgetExport.FileName(result.Value!, businessAreaId, fileFormat.Value));
    }

    private static SalesBudgetFormat? Named(string name) =>
        Enum.GetValues<SalesBudgetFormat>().Where(v => string.Equals(v.ToString(), name, StringComparison.OrdinalIgnoreCase))
            .Select(v => (SalesBudgetFormat?)v).FirstOrDefault();
}
