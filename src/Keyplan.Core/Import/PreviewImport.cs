using Keyplan.Core.Data;
using Keyplan.Core.Identity;
using Keyplan.Core.Import.Processing;
using Keyplan.Core.Resources;
using Microsoft.EntityFrameworkCore;

namespace Keyplan.Core.Import;

/// <param name="FilePath">The upload, already stored by <see cref="ImportFileStore"/> (or, from the CLI, the file itself).</param>
/// <param name="Mapping">Field key → header, over the automatic matching (and the saved mapping); an empty header leaves the field out.</param>
/// <param name="MappingName">A mapping saved for this kind, applied before <paramref name="Mapping"/>.</param>
public sealed record PreviewImportRequest(
    string FilePath, string? FileName, ImportKind Kind, IReadOnlyDictionary<string, string>? Mapping = null, string? MappingName = null);

/// <summary>
/// Reads the whole file once, streamed, and checks every row against Keyplan without writing a record; stores the
/// outcome as an <see cref="ImportBatch"/> that a commit refers to.
/// </summary>
public sealed class PreviewImportHandler(KeyplanDbContext db, TimeProvider clock)
{
    public Task<Result<ImportPreview>> HandleAsync(PreviewImportRequest request, CurrentUser user, CancellationToken cancellationToken) =>
        HandleAsync(request, user, progress: null, cancellationToken);

    /// <param name="progress">Hears how far the check has come, for a progress bar over a large file.</param>
    public async Task<Result<ImportPreview>> HandleAsync(
        PreviewImportRequest request, CurrentUser user, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!ImportAccess.CanImport(user))
        {
            return new Failure.Forbidden();
        }

        var overrides = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!string.IsNullOrWhiteSpace(request.MappingName))
        {
            var saved = await db.ImportMappings.AsNoTracking().Where(m => m.Kind == request.Kind && m.Name == request.MappingName.Trim())
                .Select(m => m.MappingJson).SingleOrDefaultAsync(cancellationToken);
            if (saved is null)
            {
                return Failure.Invalid.For("mappingName", ValidationText.ImportUnknownMapping);
            }

            foreach (var (field, header) in ImportJson.Mapping(saved))
            {
                overrides[field] = header;
            }
        }

        foreach (var (field, header) in request.Mapping ?? new Dictionary<string, string>())
        {
            overrides[field] = header;
        }

        IReadOnlyList<string> headers;
        try
        {
            headers = ImportSource.ReadHeaders(request.FilePath);
        }
        catch (InvalidDataException)
        {
            // A file that starts like an .xlsx (a zip) but is not one.
            headers = [];
        }

        if (headers.Count == 0)
        {
            return Failure.Invalid.For("file", ValidationText.ImportUnreadableFile);
        }

        var mapping = ImportMappings.Resolve(headers, request.Kind, overrides);
        if (mapping.Failure is { } failure)
        {
            return failure;
        }

        var source = new ImportSource(request.FilePath, headers, mapping.Value!, ColumnMatcher.DetectSource(headers));
        var tally = await Importers.For(request.Kind, db, source, clock).AnalyseAsync(progress, cancellationToken);
        db.ChangeTracker.Clear();
        var counts = tally.Counts;
        var batch = new ImportBatch
        {
            Kind = request.Kind,
            FilePath = request.FilePath,
            FileName = request.FileName is { } name ? Path.GetFileName(name)[..Math.Min(Path.GetFileName(name).Length, ImportBatch.FileNameMaxLength)] : null,
            Source = source.System,
            MappingJson = ImportJson.Write(ImportMappings.Describe(source.Mapping, headers)),
            RowCount = counts.Rows,
            NewCount = counts.New,
            UpdatedCount = counts.Updated,
            UnchangedCount = counts.Unchanged,
            ProblemRowCount = counts.WithProblems,
            SummaryJson = ImportJson.Write(tally.Summary(ImportMappings.Unmapped(source.Mapping, headers))),
            // The CLI may run without a signed-in user: then nobody is recorded.
            CreatedById = user.Id.Length > 0 ? user.Id : null,
            CreatedAt = clock.GetUtcNow(),
            Status = ImportBatchStatus.Previewed,
        };
        db.ImportBatches.Add(batch);
        await db.SaveChangesAsync(cancellationToken);
        return ImportPreview.From(batch);
    }
}
