using System.Threading.Channels;
using Keyplan.Core.Data;
using Keyplan.Core.Identity;
using Keyplan.Core.Import.Rows;

namespace Keyplan.Core.Import.Processing;

/// <summary>An import of one kind of file: a check pass (the preview) and the write passes (the commit).</summary>
internal interface IImporter
{
    /// <summary>
    /// True when each row's problems are known once the row is read, so a commit can check and write in one pass
    /// (<see cref="CheckAndWriteAsync"/>) instead of checking the whole file before it writes.
    /// </summary>
    bool ChecksEachRowAlone { get; }

    Task<ImportTally> AnalyseAsync(IProgress<ImportProgress>? progress, CancellationToken cancellationToken);

    /// <summary>Writes every row that had no problem in <paramref name="tally"/>; the caller holds the transaction.</summary>
    Task WriteAsync(ImportTally tally, CurrentUser user, IProgress<ImportProgress>? progress, CancellationToken cancellationToken);

    /// <summary>
    /// Checks each row and writes the good ones in the same pass, into <paramref name="tally"/>. Once a row has a problem
    /// and <paramref name="skipInvalidRows"/> is false, nothing more is written and the rest is only checked (to count
    /// the problems): the caller holds the transaction and rolls it back when the tally refuses the file.
    /// </summary>
    Task CheckAndWriteAsync(ImportTally tally, bool skipInvalidRows, CurrentUser user, IProgress<ImportProgress>? progress, CancellationToken cancellationToken);
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

    public virtual bool ChecksEachRowAlone => false;

    public async Task<ImportTally> AnalyseAsync(IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        var tally = new ImportTally();
        if (!await StartChecksAsync(tally, cancellationToken))
        {
            return tally;
        }

        foreach (var row in source.Rows(ImportStage.Checking, progress))
        {
            CheckRow(row, tally, cancellationToken);
        }

        FinishChecks(tally);
        return tally;
    }

    public async Task CheckAndWriteAsync(
        ImportTally tally, bool skipInvalidRows, CurrentUser user, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        if (!ChecksEachRowAlone)
        {
            throw new InvalidOperationException($"{GetType().Name} finds some problems only after the last row; check the whole file first.");
        }

        if (!await StartChecksAsync(tally, cancellationToken))
        {
            return;
        }

        // Reading and checking the file (CPU) runs on its own thread while this one writes the batches already checked
        // (mostly the database): the two overlap instead of taking turns. One batch waits at most, so memory stays bounded.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var checkedBatches = Channel.CreateBounded<CheckedBatch>(new BoundedChannelOptions(1) { SingleReader = true, SingleWriter = true });
        var checking = Task.Run(() => CheckIntoBatchesAsync(tally, skipInvalidRows, checkedBatches.Writer, progress, stop.Token), stop.Token);
        try
        {
            await foreach (var batch in checkedBatches.Reader.ReadAllAsync(stop.Token))
            {
                await PrepareWriteAsync(batch.NewReferences, user, stop.Token);
                await SaveBatchAsync(batch.Candidates, stop.Token);
            }
        }
        catch
        {
            await stop.CancelAsync();
            await checking.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            throw;
        }

        // Rethrows what stopped the checks; the caller then rolls back what was written.
        await checking;
    }

    /// <summary>
    /// The checking half of <see cref="CheckAndWriteAsync"/>: hands on each full batch of good rows with the new reference data
    /// known by then, and the last batch only when the file may be written. It never touches the database.
    /// </summary>
    private async Task CheckIntoBatchesAsync(
        ImportTally tally, bool skipInvalidRows, ChannelWriter<CheckedBatch> batches, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        try
        {
            var batch = new List<TCandidate>(BatchSize);
            foreach (var row in source.Rows(ImportStage.CheckingAndWriting, progress))
            {
                var candidate = CheckRow(row, tally, cancellationToken);
                if (candidate is null || (tally.TotalProblems > 0 && !skipInvalidRows))
                {
                    continue;
                }

                batch.Add(candidate);
                if (batch.Count == BatchSize)
                {
                    await batches.WriteAsync(new CheckedBatch(batch, tally.NewReferences), cancellationToken);
                    batch = new List<TCandidate>(BatchSize);
                }
            }

            FinishChecks(tally);
            if (tally.TotalProblems == 0 || skipInvalidRows)
            {
                await batches.WriteAsync(new CheckedBatch(batch, tally.NewReferences), cancellationToken);
            }
        }
        finally
        {
            batches.Complete();
        }
    }

    /// <summary>Good rows checked and ready to write, with a copy of the new reference data the checks had found by then.</summary>
    private sealed record CheckedBatch(List<TCandidate> Candidates, NewReferenceData NewReferences);

    /// <summary>Loads what rows are matched against; false (with the problem in the tally) when a required column is missing.</summary>
    private async Task<bool> StartChecksAsync(ImportTally tally, CancellationToken cancellationToken)
    {
        var missing = source.Mapping.MissingRequired.ToList();
        if (missing.Count > 0)
        {
            tally.Add(missing.Select(f => new ImportProblem(1, null, ImportProblemKind.MissingColumn, null, f.TemplateHeader)));
            return false;
        }

        await LoadAsync(cancellationToken);
        return true;
    }

    /// <summary>Reads and checks one row into the tally; the candidate when the row has no problem.</summary>
    private TCandidate? CheckRow(ImportRowReader row, ImportTally tally, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        tally.Rows++;
        var candidate = Read(row);
        if (candidate is not null)
        {
            Check(candidate, row, tally);
        }

        if (row.Problems.Count > 0)
        {
            tally.Add(row.Problems);
            return null;
        }

        return candidate;
    }

    public async Task WriteAsync(ImportTally tally, CurrentUser user, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        await PrepareWriteAsync(tally.NewReferences, user, cancellationToken);
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

    // Read, Check and FinishChecks run beside the writes of a one-pass commit, on another thread: they may read what
    // LoadAsync loaded but must not touch the database or anything the write steps change.

    protected abstract TCandidate? Read(ImportRowReader row);

    /// <summary>Loads what rows are matched against (keys and the records a file may touch).</summary>
    protected abstract Task LoadAsync(CancellationToken cancellationToken);

    /// <summary>Notes the row's problems on <paramref name="row"/>; classifies it in <paramref name="tally"/> when it has none.</summary>
    protected abstract void Check(TCandidate candidate, ImportRowReader row, ImportTally tally);

    /// <summary>Problems only known after the last row, such as a reference to a record further down the file.</summary>
    protected virtual void FinishChecks(ImportTally tally)
    {
    }

    /// <summary>
    /// Creates the new reference data the checks have listed so far and that does not exist yet: before the first batch,
    /// and in a one-pass commit before every batch.
    /// </summary>
    protected virtual Task PrepareWriteAsync(NewReferenceData newReferences, CurrentUser user, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Adds or updates the records of one batch; the caller saves and clears the change tracker.</summary>
    protected abstract Task WriteBatchAsync(IReadOnlyList<TCandidate> batch, CancellationToken cancellationToken);

    /// <summary>Sets references between records once all of them exist; gets the good rows again, streamed.</summary>
    protected virtual Task LinkAsync(IEnumerable<TCandidate> candidates, CancellationToken cancellationToken) => Task.CompletedTask;

    protected bool Mapped(string field) => source.Mapping.Columns.ContainsKey(field);

    /// <summary>Appends a problem found after the row was read (a reference resolved at the end).</summary>
    protected ImportProblem LateProblem(long row, string field, ImportProblemKind kind, string value) =>
        new(row, source.ColumnName(field), kind, value);
}
