using System.Security.Claims;
using Keyplan.Core.Documents.BulkExport;
using Keyplan.Web.Api;
using Keyplan.Web.Auth;

namespace Keyplan.Web.Documents.BulkExport;

internal static class BulkExportEndpoints
{
    public const string ZipContentType = "application/zip";

    public static void MapBulkExportEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/exports").WithTags("Exports");
        group.MapPost("/", StartAsync).WithName("StartBulkExport")
            .WithSummary("Starts a zip export of all plans of a business area and fiscal year the user may see (format pdf|docx|xlsx). "
                + "Business Area Managers, management and administrators only. Poll the job at the Location.")
            .Produces<BulkExportJobStatus>(StatusCodes.Status202Accepted)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        group.MapGet("/{id:guid}", Get).WithName("GetBulkExport")
            .WithSummary("How far the zip export is (done of total) and, once completed, its download link. Only its starter sees it.")
            .Produces<BulkExportJobStatus>().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{id:guid}/file", Download).WithName("DownloadBulkExport")
            .WithSummary("The finished zip: one file per plan, and errors.txt listing plans that could not be exported.")
            .Produces(StatusCodes.Status200OK, contentType: ZipContentType).ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> StartAsync(
        BulkExportRequest request, ClaimsPrincipal principal, SelectBulkExportPlansHandler handler, BulkExportJobs jobs, CancellationToken cancellationToken)
    {
        var user = principal.ToCurrentUser();
        var selection = await handler.HandleAsync(request, user, cancellationToken);
        if (selection.Failure is { } failure)
        {
            return ResultMapping.ToProblem(failure);
        }

        var job = jobs.TryStart(user, selection.Value!);
        return job is null
            ? TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Too many exports are waiting.", detail: "Try again in a minute.")
            : TypedResults.Accepted($"/api/exports/{job.Id}", job.ToStatus());
    }

    private static IResult Get(Guid id, ClaimsPrincipal principal, BulkExportJobs jobs) =>
        jobs.Find(id, principal.ToCurrentUser()) is { } job ? TypedResults.Ok(job.ToStatus()) : NotFound();

    private static IResult Download(Guid id, ClaimsPrincipal principal, BulkExportJobs jobs)
    {
        var job = jobs.Find(id, principal.ToCurrentUser());
        return job is { Status: BulkExportStatus.Completed, FilePath: { } path } && File.Exists(path)
            ? TypedResults.PhysicalFile(path, ZipContentType, job.FileName)
            : NotFound();
    }

    private static IResult NotFound() => ResultMapping.ToProblem(new Core.Failure.NotFound());
}
