using Keyplan.Core.Import.Reading;
using Keyplan.Core.Import.Rows;

namespace Keyplan.Core.Import.Processing;

/// <summary>A stored file with the mapping to read it by. Each pass opens the file anew and streams its rows.</summary>
internal sealed record ImportSource(string FilePath, IReadOnlyList<string> Headers, ColumnMapping Mapping, SourceSystem System)
{
    /// <summary>Rows between two progress reports: often enough for a smooth bar, rare enough to cost nothing.</summary>
    private const int ReportEvery = 500;

    /// <summary>Every row of the file through a reader that collects that row's problems.</summary>
    /// <param name="stage">The pass <paramref name="progress"/> hears about, with the rows read and the share of the file behind them.</param>
    public IEnumerable<ImportRowReader> Rows(ImportStage stage = ImportStage.Checking, IProgress<ImportProgress>? progress = null)
    {
        using var stream = new FileStream(FilePath, FileMode.Open, FileAccess.Read, FileShare.Read, 81920);
        using var file = TabularFile.Open(stream);
        var length = Math.Max(1, stream.Length);
        long rows = 0;
        progress?.Report(new ImportProgress(stage, 0, 0));
        foreach (var row in file.Rows())
        {
            rows++;
            if (progress is not null && rows % ReportEvery == 0)
            {
                // The reader buffers ahead, so the position runs a little early; never past the end.
                progress.Report(new ImportProgress(stage, rows, Math.Min(1, stream.Position / (double)length)));
            }

            yield return new ImportRowReader(row, Mapping, Headers, file.NumberHint);
        }

        progress?.Report(new ImportProgress(stage, rows, 1));
    }

    public static IReadOnlyList<string> ReadHeaders(string filePath)
    {
        using var stream = new FileStream(filePath, FileMode.Open, FileAccess.Read, FileShare.Read);
        using var file = TabularFile.Open(stream);
        return file.Headers;
    }

    /// <summary>The header of a field's column, as problems name it.</summary>
    public string ColumnName(string field) => Mapping.ColumnOf(field) is { } column && column < Headers.Count ? Headers[column] : field;
}
