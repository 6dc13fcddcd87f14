namespace Keyplan.Core.Import;

public enum ImportBatchStatus
{
    Previewed,
    Committed,
    Failed,
}

/// <summary>
/// One uploaded file and what its preview found. The file itself stays on disk (in the imports folder of the app's
/// data folder), never in the database; the batch remembers where, with which mapping, and the outcome.
/// </summary>
public class ImportBatch
{
    public const int FilePathMaxLength = 500;
    public const int FileNameMaxLength = 260;
    public const int KindMaxLength = 20;
    public const int SourceMaxLength = 20;
    public const int StatusMaxLength = 20;

    public int Id { get; set; }
    public ImportKind Kind { get; set; }
    public required string FilePath { get; set; }
    public string? FileName { get; set; }
    public SourceSystem Source { get; set; }

    /// <summary>Field key → header, as JSON.</summary>
    public required string MappingJson { get; set; }
    public long RowCount { get; set; }
    public long NewCount { get; set; }
    public long UpdatedCount { get; set; }
    public long UnchangedCount { get; set; }
    public long ProblemRowCount { get; set; }

    /// <summary>The first problems, their total, new reference data and unmapped headers (<see cref="ImportSummary"/>), as JSON.</summary>
    public required string SummaryJson { get; set; }
    public string? CreatedById { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public ImportBatchStatus Status { get; set; }
    public DateTimeOffset? CommittedAt { get; set; }
}
