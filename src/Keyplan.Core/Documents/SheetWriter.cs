using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Keyplan.Core.Documents;

/// <summary>
/// Collects the cells of one worksheet and writes them in row order. Text goes in only through <see cref="Set"/>, which
/// always writes an inline string and never a formula: a value such as "=HYPERLINK(…)" stays text (formula injection).
/// </summary>
internal sealed class SheetWriter(WorksheetPart part)
{
    public const uint Normal = 0;
    public const uint Bold = 1;
    public const uint Title = 2;
    public const uint Number = 3;
    public const uint Wrap = 4;

    private readonly SortedDictionary<int, SortedDictionary<int, Cell>> rows = [];
    private readonly SortedDictionary<int, double> widths = [];

    public WorksheetPart Part { get; } = part;

    /// <summary>The next free row, for writers that append block after block.</summary>
    public int Row { get; set; }

    public void Set(int row, int column, string value, uint style = Normal) =>
        Put(row, column, TextCell(value, style));

    public void SetNumber(int row, int column, double? value)
    {
        if (value is { } number)
        {
            Put(row, column, new Cell { DataType = CellValues.Number, CellValue = new CellValue(number), StyleIndex = Number });
        }
    }

    public void Width(int column, double width) => widths[column] = width;

    /// <summary>The one way text enters a sheet: as an inline string, whatever it starts with.</summary>
    internal static Cell TextCell(string value, uint style = Normal) => new(new InlineString(new Text(value) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve }))
    {
        DataType = CellValues.InlineString,
        StyleIndex = style,
    };

    public void Save()
    {
        var sheetData = new SheetData();
        foreach (var (rowIndex, cells) in rows)
        {
            var row = new Row { RowIndex = (uint)rowIndex + 1 };
            foreach (var (columnIndex, cell) in cells)
            {
                cell.CellReference = Column(columnIndex) + (rowIndex + 1).ToString(CultureInfo.InvariantCulture);
                row.Append(cell);
            }

            sheetData.Append(row);
        }

        var worksheet = new Worksheet();
        if (widths.Count > 0)
        {
            worksheet.Append(new Columns(widths.Select(w => new Column { Min = (uint)w.Key + 1, Max = (uint)w.Key + 1, Width = w.Value, CustomWidth = true })));
        }

        worksheet.Append(sheetData);
        Part.Worksheet = worksheet;
        worksheet.Save();
    }

    /// <summary>The column's letters: 0 → A, 25 → Z, 26 → AA.</summary>
    public static string Column(int index)
    {
        var name = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }

    private void Put(int row, int column, Cell cell)
    {
        if (!rows.TryGetValue(row, out var cells))
        {
            rows[row] = cells = [];
        }

        cells[column] = cell;
    }
}
