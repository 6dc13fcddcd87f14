using System.Security.Claims;
using System.Text.Json;
using Keyplan.Core;
using Keyplan.Core.Import;
using Keyplan.Core.Resources;
using Keyplan.Web.Api;
using Keyplan.Web.Auth;
using Microsoft.AspNetCore.Mvc;

namespace Keyplan.Web.Import;

/// <summary>Imports of accounts, contacts and revenue: upload and preview, look at the preview again, commit.</summary>
internal static class ImportsEndpoints
{
    /// <summary>ERP exports of a million revenue rows are some 100 MB; leave room for wide files.</summary>
    public const long MaxUploadBytes = 512L * 1024 * 1024;

    public static void MapImportsEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/imports").WithTags("Imports");
        group.MapPost("/", PreviewAsync).WithName("PreviewImport")
            .WithSummary("Administrators, management and business area managers: uploads a CSV or XLSX file (multipart: file, kind, "
                + "optional mapping as JSON field → header, optional mappingName of a saved mapping) and checks every row without writing; answers the preview with its problems.")
            .Accepts<IFormFile>("multipart/form-data")
            .Produces<ImportPreview>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden)
            // Cookies are SameSite=Lax, so a form posted from another site carries no session; API clients send bearer tokens.
            .DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(MaxUploadBytes))
            .WithFormOptions(multipartBodyLengthLimit: MaxUploadBytes);
        group.MapGet("/templates/{kind}", GetTemplate).WithName("GetImportTemplate")
            .WithSummary("Keyplan's own import file for a kind (Accounts, Contacts, Revenue): the header row to fill in, as csv (default) or xlsx.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv").ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapGet("/{id:int}", GetAsync).WithName("GetImport").WithSummary("An import's preview, or its outcome once committed.")
            .Produces<ImportPreview>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapPost("/{id:int}/commit", CommitAsync).WithName("CommitImport")
            .WithSummary("Writes a previewed import, all or nothing. Refused (400) while rows have problems, unless skipInvalidRows is true.")
            .Produces<ImportPreview>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        var mappings = app.MapGroup("/api/import-mappings").WithTags("Imports");
        mappings.MapGet("/", ListMappingsAsync).WithName("ListImportMappings").WithSummary("The saved column mappings (field → header) by kind and name.")
            .Produces<List<SavedImportMapping>>().ProducesProblem(StatusCodes.Status403Forbidden);
        mappings.MapPost("/", SaveMappingAsync).WithName("SaveImportMapping")
            .WithSummary("Saves a column mapping by name for a kind of import; the same name and kind again replaces it.")
            .Produces<SavedImportMapping>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
    }

    private static async Task<IResult> ListMappingsAsync(ClaimsPrincipal principal, ListImportMappingsHandler handler, CancellationToken cancellationToken) =>
        ResultMapping.Map(await handler.HandleAsync(principal.ToCurrentUser(), cancellationToken), mappings => TypedResults.Ok(mappings));

    private static async Task<IResult> SaveMappingAsync(
        SaveImportMappingRequest request, ClaimsPrincipal principal, SaveImportMappingHandler handler, CancellationToken cancellationToken) =>
        ResultMapping.Map(await handler.HandleAsync(request, principal.ToCurrentUser(), cancellationToken), mapping => TypedResults.Ok(mapping));

    private static async Task<IResult> PreviewAsync(
        IFormFile file, [FromForm] ImportKind kind, [FromForm] string? mapping, [FromForm] string? mappingName, ClaimsPrincipal principal,
        ImportFileStore store,
        PreviewImportHandler handler, CancellationToken cancellationToken)
    {
        var user = principal.ToCurrentUser();
        if (!ImportAccess.CanImport(user))
        {
            return ResultMapping.ToProblem(new Failure.Forbidden());
        }

        Dictionary<string, string>? overrides;
        try
        {
            overrides = string.IsNullOrWhiteSpace(mapping) ? null : JsonSerializer.Deserialize<Dictionary<string, string>>(mapping);
        }
        catch (JsonException)
        {
            return ResultMapping.ToProblem(Failure.Invalid.For("mapping", ValidationText.UnreadableValue));
        }

        string path;
        await using (var upload = file.OpenReadStream())
        {
            path = await store.SaveAsync(upload, cancellationToken);
        }

        var result = await handler.HandleAsync(new PreviewImportRequest(path, file.FileName, kind, overrides, mappingName), user, cancellationToken);
        if (!result.Succeeded)
        {
            File.Delete(path);
        }

        return ResultMapping.Map(result, preview => TypedResults.Created($"/api/imports/{preview.Id}", preview));
    }

    private static IResult GetTemplate(string kind, string? format, ClaimsPrincipal principal)
    {
        if (!ImportAccess.CanImport(principal.ToCurrentUser()))
        {
            return ResultMapping.ToProblem(new Failure.Forbidden());
        }

        if (Named<ImportKind>(kind) is not { } importKind)
        {
            return ResultMapping.ToProblem(Failure.Invalid.For("kind", ValidationText.UnreadableValue));
        }

        var templateFormat = format is null ? ImportTemplateFormat.Csv : Named<ImportTemplateFormat>(format);
        if (templateFormat is null)
        {
            return ResultMapping.ToProblem(Failure.Invalid.For("format", ValidationText.UnreadableValue));
        }

        return TypedResults.File(ImportTemplates.Write(importKind, templateFormat.Value), ImportTemplates.ContentType(templateFormat.Value),
            ImportTemplates.FileName(importKind, templateFormat.Value));
    }

    /// <summary>An enum member by its name only (Enum.TryParse would also take "1" or "Csv,Xlsx").</summary>
    private static T? Named<T>(string name)
        where T : struct, Enum =>
        Enum.GetValues<T>().Where(v => string.Equals(v.ToString(), name, StringComparison.OrdinalIgnoreCase)).Select(v => (T?)v).FirstOrDefault();

    private static async Task<IResult> GetAsync(int id, ClaimsPrincipal principal, GetImportHandler handler, CancellationToken cancellationToken) =>
        ResultMapping.Map(await handler.HandleAsync(id, principal.ToCurrentUser(), cancellationToken), preview => TypedResults.Ok(preview));

    private static async Task<IResult> CommitAsync(
        int id, CommitImportRequest? request, ClaimsPrincipal principal, CommitImportHandler handler, CancellationToken cancellationToken) =>
        ResultMapping.Map(await handler.HandleAsync(id, request ?? new CommitImportRequest(), principal.ToCurrentUser(), cancellationToken),
            preview => TypedResults.Ok(preview));
}
