using System.Globalization;
using MiniExcelLibs;

namespace Keyplan.Core.Import.Reading;

/// <summary>
/// The first sheet of an .xlsx, streamed. All header columns are kept, hidden ones too: Dynamics 365's "Export to Excel"
/// starts with hidden "(Do Not Modify) …" columns, and the first of them holds the record id that re-imports match on.
/// </summary>
public sealed class XlsxTabularFile : ITabularFile
{
    private readonly Stream _stream;
    private readonly IReadOnlyList<string> _columns;

    public XlsxTabularFile(Stream stream)
    {
        _stream = stream;
        var header = Query().FirstOrDefault() ?? new Dictionary<string, object?>();
        var named = header.Select(c => (Column: c.Key, Name: Text(c.Value)?.Trim() ?? string.Empty)).ToList();
        while (named.Count > 0 && named[^1].Name.Length == 0)
        {
            named.RemoveAt(named.Count - 1);
        }

        _columns = [.. named.Select(c => c.Column)];
        Headers = [.. named.Select(c => c.Name)];
    }

    public IReadOnlyList<string> Headers { get; }

    /// <summary>Excel stores numbers as numbers; only text cells need a hint, and Excel users type in their own locale.</summary>
    public NumberFormatHint NumberHint => NumberFormatHint.DecimalPoint;

    public IEnumerable<TabularRow> Rows()
    {
        long rowNumber = 1;
        foreach (var row in Query().Skip(1))
        {
            rowNumber++;
            var values = _columns.Select(c => row.TryGetValue(c, out var value) ? Text(value) : null).ToList();
            if (values.TrueForAll(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            yield return new TabularRow(rowNumber, values);
        }
    }

    public void Dispose()
    {
        // The caller owns the stream.
    }

    private IEnumerable<IDictionary<string, object?>> Query()
    {
        _stream.Position = 0;
        return _stream.Query(useHeaderRow: false, excelType: ExcelType.XLSX).Cast<IDictionary<string, object?>>();
    }

    /// <summary>Cell values as the text a CSV would hold: numbers invariant, dates as ISO.</summary>
    private static string? Text(object? value) => value switch
    {
        null => null,
        string s => s,
        DateTime date => date.TimeOfDay == TimeSpan.Zero
            ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : date.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
