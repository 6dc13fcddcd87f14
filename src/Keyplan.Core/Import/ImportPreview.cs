namespace Keyplan.Core.Import;

/// <summary>
/// Rows read; new, updated and unchanged records (for revenue: yearly records, so a quarterly file's four rows make one);
/// rows with at least one problem.
/// </summary>
public sealed record ImportCounts(long Rows, long New, long Updated, long Unchanged, long WithProblems);

public sealed record ImportProblemView(long Row, string? Column, ImportProblemKind Kind, string Message);

/// <summary>What a preview found besides the counts; stored with the batch as JSON.</summary>
public sealed record ImportSummary(
    IReadOnlyList<ImportProblem> Problems,
    long TotalProblems,
    IReadOnlyList<string> NewProductGroups,
    IReadOnlyList<string> NewBusinessAreas,
    IReadOnlyList<string> UnmappedHeaders);

/// <summary>An import batch as the API and the CLI show it: what would be (or was) written, and every reason a row cannot be.</summary>
public sealed record ImportPreview(
    int Id,
    ImportKind Kind,
    string? FileName,
    SourceSystem Source,
    ImportBatchStatus Status,
    IReadOnlyDictionary<string, string> Mapping,
    IReadOnlyList<string> UnmappedHeaders,
    ImportCounts Counts,
    IReadOnlyList<ImportProblemView> Problems,
    long TotalProblems,
    IReadOnlyList<string> NewProductGroups,
    IReadOnlyList<string> NewBusinessAreas,
    DateTimeOffset CreatedAt,
    DateTimeOffset? CommittedAt)
{
    internal static ImportPreview From(ImportBatch batch)
    {
        var summary = ImportJson.Summary(batch.SummaryJson);
        return new ImportPreview(
            batch.Id, batch.Kind, batch.FileName, batch.Source, batch.Status, ImportJson.Mapping(batch.MappingJson), summary.UnmappedHeaders,
            new ImportCounts(batch.RowCount, batch.NewCount, batch.UpdatedCount, batch.UnchangedCount, batch.ProblemRowCount),
            [.. summary.Problems.Select(p => new ImportProblemView(p.RowNumber, p.Column, p.Kind, p.Message))],
            summary.TotalProblems, summary.NewProductGroups, summary.NewBusinessAreas, batch.CreatedAt, batch.CommittedAt);
    }
}
