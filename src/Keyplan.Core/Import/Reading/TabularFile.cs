namespace Keyplan.Core.Import.Reading;

/// <summary>A data row of an import file. <see cref="RowNumber"/> is the row as the user sees it in the file (header = 1).</summary>
public sealed record TabularRow(long RowNumber, IReadOnlyList<string?> Values)
{
    public string? this[int column] => column < Values.Count ? Values[column] : null;
}

/// <summary>
/// An import file read row by row, whatever its format: the header names, then the data rows streamed one at a time, so a
/// file of a million rows never sits in memory as a whole.
/// </summary>
public interface ITabularFile : IDisposable
{
    /// <summary>The header row's names, trimmed.</summary>
    IReadOnlyList<string> Headers { get; }

    /// <summary>How numbers are written in this file, guessed from its format (a ";" separated file comes from German or Dutch Excel).</summary>
    NumberFormatHint NumberHint { get; }

    IEnumerable<TabularRow> Rows();
}

/// <summary>Opens an upload by its content, not its name: an .xlsx is a zip file (it starts with "PK").</summary>
public static class TabularFile
{
    public static ITabularFile Open(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (!stream.CanSeek)
        {
            throw new ArgumentException("The import stream must be seekable (a file or a buffered upload).", nameof(stream));
        }

        Span<byte> start = stackalloc byte[2];
        var read = stream.ReadAtLeast(start, 2, throwOnEndOfStream: false);
        stream.Position = 0;
        return read == 2 && start[0] == (byte)'P' && start[1] == (byte)'K'
            ? new XlsxTabularFile(stream)
            : new CsvTabularFile(stream);
    }
}
