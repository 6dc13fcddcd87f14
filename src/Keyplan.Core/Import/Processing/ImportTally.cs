namespace Keyplan.Core.Import.Processing;

/// <summary>
/// What one pass over a file found. Memory stays bounded: counters, the first problems, the numbers of rows with
/// problems (so a commit can skip them) and the names of new reference data.
/// </summary>
internal sealed class ImportTally
{
    public const int KeptProblems = 200;

    private readonly List<ImportProblem> _problems = [];

    public long Rows { get; set; }
    public long New { get; set; }
    public long Updated { get; set; }
    public long Unchanged { get; set; }
    public long TotalProblems { get; private set; }
    public HashSet<long> ProblemRows { get; } = [];
    public SortedSet<string> NewProductGroups { get; } = new(StringComparer.OrdinalIgnoreCase);
    public SortedSet<string> NewBusinessAreas { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>A copy of the new reference data found so far, for a write step that runs beside further checks.</summary>
    public NewReferenceData NewReferences => new([.. NewProductGroups], [.. NewBusinessAreas]);

    public void Add(IEnumerable<ImportProblem> problems)
    {
        foreach (var problem in problems)
        {
            TotalProblems++;
            ProblemRows.Add(problem.RowNumber);
            if (_problems.Count < KeptProblems)
            {
                _problems.Add(problem);
            }
        }
    }

    public void Classify(bool isNew, bool changed)
    {
        if (isNew)
        {
            New++;
        }
        else if (changed)
        {
            Updated++;
        }
        else
        {
            Unchanged++;
        }
    }

    public ImportCounts Counts => new(Rows, New, Updated, Unchanged, ProblemRows.Count);

    public ImportSummary Summary(IReadOnlyList<string> unmappedHeaders) =>
        new([.. _problems.OrderBy(p => p.RowNumber)], TotalProblems, [.. NewProductGroups], [.. NewBusinessAreas], unmappedHeaders);
}

/// <summary>Product groups and business areas that a file names and that do not exist yet; the commit creates them.</summary>
internal sealed record NewReferenceData(IReadOnlyList<string> ProductGroups, IReadOnlyList<string> BusinessAreas);
