using System.Data;
using System.Text;
using MiniExcelLibs;

namespace Keyplan.Core.Import;

public enum ImportTemplateFormat
{
    Csv,
    Xlsx,
}

/// <summary>
/// Keyplan's own import files: a header row with each field's template header (in the order the mapping step lists the
/// fields) and no data, so a template filled in and uploaded matches every column without a mapping, and an
/// untouched one imports nothing by mistake.
/// </summary>
public static class ImportTemplates
{
    public static IReadOnlyList<string> Headers(ImportKind kind) =>
        [.. ImportFields.For(kind).Select(f => f.TemplateHeader)];

    public static string FileName(ImportKind kind, ImportTemplateFormat format) =>
        $"keyplan-{kind.ToString().ToLowerInvariant()}.{format.ToString().ToLowerInvariant()}";

    public static string ContentType(ImportTemplateFormat format) => format == ImportTemplateFormat.Xlsx
        ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        : "text/csv";

    public static byte[] Write(ImportKind kind, ImportTemplateFormat format) =>
        format == ImportTemplateFormat.Xlsx ? Xlsx(kind) : Csv(kind);

    /// <summary>UTF-8 with a BOM, so Excel opens umlauts correctly; comma separated, every header quoted.</summary>
    private static byte[] Csv(ImportKind kind)
    {
        var line = string.Join(',', Headers(kind).Select(h => "\"" + h.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"")) + "\r\n";
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(line)];
    }

    private static byte[] Xlsx(ImportKind kind)
    {
        using var table = new DataTable(kind.ToString()) { Locale = System.Globalization.CultureInfo.InvariantCulture };
        foreach (var header in Headers(kind))
        {
            table.Columns.Add(header, typeof(string));
        }

        using var stream = new MemoryStream();
        stream.SaveAs(table, sheetName: kind.ToString(), excelType: ExcelType.XLSX);
        return stream.ToArray();
    }
}
