using Keyplan.Core.Import.Reading;
using Keyplan.Core.Import.Rows;

namespace Keyplan.Core.Import.Processing;

/// <summary>A stored file with the mapping to read it by. Each pass opens the file anew and streams its rows.</summary>
internal sealed record ImportSource(string FilePath, IReadOnlyList<string> Headers, ColumnMapping Mapping, SourceSystem System)
{
    /// <summary>Every row of the file through a reader that collects that row's problems.</summary>
    public IEnumerable<ImportRowReader> Rows()
    {
        using var stream = new FileStream(FilePath, FileMode.Open, FileAccess.Read, FileShare.Read, 81920);
        using var file = TabularFile.Open(stream);
        foreach (var row in file.Rows())
        {
            yield return new ImportRowReader(row, Mapping, Headers, file.NumberHint);
        }
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
