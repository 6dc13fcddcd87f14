using Keyplan.Core.Data;
using Keyplan.Core.Identity;
using Keyplan.Core.Import.Processing;

namespace Keyplan.Core.Import;

/// <param name="FilePath">The upload, already stored by <see cref="ImportFileStore"/> (or, from the CLI, the file itself).</param>
/// <param name="Mapping">Field key → header, over the automatic matching; an empty header leaves the field out.</param>
public sealed record PreviewImportRequest(string FilePath, string? FileName, ImportKind Kind, IReadOnlyDictionary<string, string>? Mapping = null);

/// <summary>
/// Reads the whole file once, streamed, and checks every row against Keyplan without writing a record; stores the
/// outcome as an <see cref="ImportBatch"/> that a commit refers to.
/// </summary>
public sealed class PreviewImportHandler(KeyplanDbContext db, TimeProvider clock)
{
    public async Task<Result<ImportPreview>> HandleAsync(PreviewImportRequest request, CurrentUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!ImportAccess.CanImport(user))
        {
            return new Failure.Forbidden();
        }

        var headers = ImportSource.ReadHeaders(request.FilePath);
        var mapping = ImportMappings.Resolve(headers, request.Kind, request.Mapping);
        if (mapping.Failure is { } failure)
        {
            return failure;
        }

        var source = new ImportSource(request.FilePath, headers, mapping.Value!, ColumnMatcher.DetectSource(headers));
        var tally = await Importers.For(request.Kind, db, source, clock).AnalyseAsync(cancellationToken);
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
