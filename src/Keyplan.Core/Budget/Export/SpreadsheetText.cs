namespace Keyplan.Core.Budget.Export;

/// <summary>
/// Keeps text out of a spreadsheet's formula engine. A cell that starts with =, +, -, @, tab or carriage return is
/// read as a formula by Excel and LibreOffice when it comes from a CSV file ("CSV injection"); the apostrophe in front
/// makes them show it as text. In .xlsx files text is written as a string cell, which is never evaluated.
/// </summary>
public static class SpreadsheetText
{
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    public static bool LooksLikeFormula(string? value) => !string.IsNullOrEmpty(value) && FormulaStarts.Contains(value[0]);

    public static string ForCsv(string? value) => LooksLikeFormula(value) ? "'" + value : value ?? string.Empty;
}
