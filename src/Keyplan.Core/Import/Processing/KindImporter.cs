using Keyplan.Core.Data;
using Keyplan.Core.Identity;
using Keyplan.Core.Import.Rows;

namespace Keyplan.Core.Import.Processing;

/// <summary>An import of one kind of file: a check pass (the preview) and the write passes (the commit).</summary>
internal interface IImporter
{
    Task<ImportTally> AnalyseAsync(IProgress<ImportProgress>? progress, CancellationToken cancellationToken);

    /// <summary>Writes every row that had no problem in <paramref name="tally"/>; the caller holds the transaction.</summary>
    Task WriteAsync(ImportTally tally, CurrentUser user, IProgress<ImportProgress>? progress, CancellationToken cancellationToken);
}

/// <summary>
/// The part of an import that depends on what the file holds. A check pass reads every row into a candidate, finds its
/// problems and classifies it as new, updated or unchanged; a write pass stores the candidates of the good rows in
/// batches; a link pass sets the references between records (parents, reporting lines) once all of them exist.
/// </summary>
internal abstract class KindImporter<TCandidate>(KeyplanDbContext db, ImportSource source) : IImporter
    where TCandidate : class
{
    /// <summary>Rows per SaveChanges: big enough for few round trips, small enough that the change tracker stays cheap.</summary>
    protected virtual int BatchSize => 5000;

    protected KeyplanDbContext Db => db;
    protected ImportSource Source => source;
    protected string System => source.System.ToString();

    public async Task<ImportTally> AnalyseAsync(IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        var tally = new ImportTally();
        var missing = source.Mapping.MissingRequired.ToList();
        if (missing.Count > 0)
        {
            tally.Add(missing.Select(f => new ImportProblem(1, null, ImportProblemKind.MissingColumn, null, f.TemplateHeader)));
            return tally;
        }

        await LoadAsync(cancellationToken);
        foreach (var row in source.Rows(ImportStage.Checking, progress))
        {
            cancellationToken.ThrowIfCancellationRequested();
            tally.Rows++;
            if (Read(row) is { } candidate)
            {
                Check(candidate, row, tally);
            }

            if (row.Problems.Count > 0)
            {
                tally.Add(row.Problems);
            }
        }

        FinishChecks(tally);
        return tally;
    }

    public async Task WriteAsync(ImportTally tally, CurrentUser user, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        await PrepareWriteAsync(tally, user, cancellationToken);
        var batch = new List<TCandidate>(BatchSize);
        foreach (var candidate in GoodCandidates(tally, ImportStage.Writing, progress))
        {
            batch.Add(candidate);
            if (batch.Count == BatchSize)
            {
                await SaveBatchAsync(batch, cancellationToken);
            }
        }

        await SaveBatchAsync(batch, cancellationToken);
        await LinkAsync(GoodCandidates(tally, ImportStage.Linking, progress), cancellationToken);
    }

    private async Task SaveBatchAsync(List<TCandidate> batch, CancellationToken cancellationToken)
    {
        if (batch.Count == 0)
        {
            return;
        }

        await WriteBatchAsync(batch, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        batch.Clear();
    }

    private IEnumerable<TCandidate> GoodCandidates(ImportTally tally, ImportStage stage, IProgress<ImportProgress>? progress)
    {
        foreach (var row in source.Rows(stage, progress))
        {
            if (!tally.ProblemRows.Contains(row.RowNumber) && Read(row) is { } candidate)
            {
                yield return candidate;
            }
        }
    }

    protected abstract TCandidate? Read(ImportRowReader row);

    /// <summary>Loads what rows are matched against (keys and the records a file may touch).</summary>
    protected abstract Task LoadAsync(CancellationToken cancellationToken);

    /// <summary>Notes the row's problems on <paramref name="row"/>; classifies it in <paramref name="tally"/> when it has none.</summary>
    protected abstract void Check(TCandidate candidate, ImportRowReader row, ImportTally tally);

    /// <summary>Problems only known after the last row, such as a reference to a record further down the file.</summary>
    protected virtual void FinishChecks(ImportTally tally)
    {
    }

    /// <summary>Creates the new reference data the preview listed, before the first batch.</summary>
    protected virtual Task PrepareWriteAsync(ImportTally tally, CurrentUser user, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Adds or updates the records of one batch; the caller saves and clears the change tracker.</summary>
    protected abstract Task WriteBatchAsync(IReadOnlyList<TCandidate> batch, CancellationToken cancellationToken);

    /// <summary>Sets references between records once all of them exist; gets the good rows again, streamed.</summary>
    protected virtual Task LinkAsync(IEnumerable<TCandidate> candidates, CancellationToken cancellationToken) => Task.CompletedTask;

    protected bool Mapped(string field) => source.Mapping.Columns.ContainsKey(field);

    /// <summary>Appends a problem found after the row was read (a reference resolved at the end).</summary>
    protected ImportProblem LateProblem(long row, string field, ImportProblemKind kind, string value) =>
        new(row, source.ColumnName(field), kind, value);
}
