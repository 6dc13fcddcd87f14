using Keyplan.Core.Data;
using Keyplan.Core.Identity;
using Keyplan.Core.Import.Processing;
using Keyplan.Core.Resources;
using Microsoft.EntityFrameworkCore;

namespace Keyplan.Core.Import;

/// <param name="SkipInvalidRows">Import the good rows and leave out the rows with problems; without it a file with problems is refused.</param>
public sealed record CommitImportRequest(bool SkipInvalidRows = false);

/// <summary>
/// Writes a previewed file, all or nothing. The file is checked again, since Keyplan may have changed since the preview:
/// for revenue in the same pass that writes it, inside one transaction that is rolled back when a row has a problem the
/// user did not choose to skip; for accounts and contacts (whose rows may point at rows further down) as a whole before
/// it is read once more and written in batches inside one transaction, then references are linked. Any failure rolls
/// back everything and marks the batch Failed.
/// </summary>
public sealed class CommitImportHandler(KeyplanDbContext db, TimeProvider clock)
{
    public Task<Result<ImportPreview>> HandleAsync(int id, CommitImportRequest request, CurrentUser user, CancellationToken cancellationToken) =>
        HandleAsync(id, request, user, progress: null, cancellationToken);

    /// <param name="progress">Hears each pass over the file (check, write, link) and how far it has come.</param>
    public async Task<Result<ImportPreview>> HandleAsync(
        int id, CommitImportRequest request, CurrentUser user, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!ImportAccess.CanImport(user))
        {
            return new Failure.Forbidden();
        }

        var batch = await db.ImportBatches.AsNoTracking().SingleOrDefaultAsync(b => b.Id == id, cancellationToken);
        if (batch is null)
        {
            return new Failure.NotFound();
        }

        if (batch.Status != ImportBatchStatus.Previewed)
        {
            return Failure.Invalid.For("status", ValidationText.ImportAlreadyDone);
        }

        var headers = ImportSource.ReadHeaders(batch.FilePath);
        var source = new ImportSource(batch.FilePath, headers, ImportMappings.FromDescription(batch.Kind, ImportJson.Mapping(batch.MappingJson), headers), batch.Source);
        var importer = Importers.For(batch.Kind, db, source, clock);
        var skip = request.SkipInvalidRows;

        // Files whose rows are judged one by one are checked and written in one pass inside the transaction, and rolled
        // back when they are refused; the others are checked whole before the transaction starts.
        var tally = importer.ChecksEachRowAlone ? new ImportTally() : await importer.AnalyseAsync(progress, cancellationToken);
        if (!importer.ChecksEachRowAlone && Refuses(tally, source, skip))
        {
            return Refusal(tally);
        }

        try
        {
            await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
            {
                // The batch is the audit record of an import (who, which file, when, the counts), not a million rows.
                using (db.SuspendAudit())
                {
                    await (importer.ChecksEachRowAlone
                        ? importer.CheckAndWriteAsync(tally, skip, user, progress, cancellationToken)
                        : importer.WriteAsync(tally, user, progress, cancellationToken));
                }

                if (Refuses(tally, source, skip))
                {
                    await transaction.RollbackAsync(cancellationToken);
                    return Refusal(tally);
                }

                await RecordAsync(id, tally, ImportBatchStatus.Committed, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            db.ChangeTracker.Clear();
            await RecordAsync(id, tally, ImportBatchStatus.Failed, CancellationToken.None);
            throw;
        }

        var committed = await db.ImportBatches.AsNoTracking().SingleAsync(b => b.Id == id, cancellationToken);
        return ImportPreview.From(committed);
    }

    /// <summary>A file with problems is committed only when the user chose to skip the bad rows and something is left.</summary>
    private static bool Refuses(ImportTally tally, ImportSource source, bool skipInvalidRows) =>
        tally.TotalProblems > 0 && (!skipInvalidRows || tally.Rows == 0 || source.Mapping.MissingRequired.Any());

    private static Failure.Invalid Refusal(ImportTally tally) =>
        Failure.Invalid.For("skipInvalidRows", ValidationText.Format(nameof(ValidationText.ImportHasProblems), tally.ProblemRows.Count));

    private async Task RecordAsync(int id, ImportTally tally, ImportBatchStatus status, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var batch = await db.ImportBatches.SingleAsync(b => b.Id == id, cancellationToken);
        var counts = tally.Counts;
        var summary = ImportJson.Summary(batch.SummaryJson);
        batch.Status = status;
        batch.RowCount = counts.Rows;
        batch.NewCount = counts.New;
        batch.UpdatedCount = counts.Updated;
        batch.UnchangedCount = counts.Unchanged;
        batch.ProblemRowCount = counts.WithProblems;
        batch.SummaryJson = ImportJson.Write(tally.Summary(summary.UnmappedHeaders));
        batch.CommittedAt = status == ImportBatchStatus.Committed ? clock.GetUtcNow() : null;
        await db.SaveChangesAsync(cancellationToken);
    }
}
