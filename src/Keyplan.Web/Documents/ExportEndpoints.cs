using System.Security.Claims;
using Keyplan.Core.Documents;
using Keyplan.Web.Api;
using Keyplan.Web.Auth;

namespace Keyplan.Web.Documents;

internal static class ExportEndpoints
{
    public static void MapExportEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/plans/{id:int}/export", ExportAsync).WithTags("Plans").WithName("ExportPlan")
            .WithSummary("The plan as a document in its own language: format=pdf|docx|xlsx|pptx (pptx: the review deck), audience=internal (default) or customer "
                + "(the shareable parts only; PDF and Word). The file name comes in Content-Disposition.")
            .Produces(StatusCodes.Status200OK, contentType: ExportPlanHandler.PdfContentType)
            .Produces(StatusCodes.Status200OK, contentType: ExportPlanHandler.DocxContentType)
            .Produces(StatusCodes.Status200OK, contentType: ExportPlanHandler.XlsxContentType)
            .Produces(StatusCodes.Status200OK, contentType: ExportPlanHandler.PptxContentType)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> ExportAsync(
        int id, string? format, string? audience, ClaimsPrincipal principal, ExportPlanHandler handler, CancellationToken cancellationToken)
    {
        var request = ExportRequest.Parse(format, audience);
        if (request.Failure is { } invalid)
        {
            return ResultMapping.ToProblem(invalid);
        }

        var (parsedFormat, parsedAudience) = request.Value;
        var result = await handler.HandleAsync(id, parsedFormat, parsedAudience, principal.ToCurrentUser(), cancellationToken);
        return ResultMapping.Map(result, file => TypedResults.File(file.Content, file.ContentType, file.FileName));
    }
}
