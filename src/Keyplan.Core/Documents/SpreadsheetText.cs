namespace Keyplan.Core.Documents;

/// <summary>
/// Guards spreadsheet exports against formula injection: a text that starts like a formula (=, +, -, @, tab or
/// carriage return) would run as one when a user opens or re-imports the file, so it is only ever written as text.
/// </summary>
public static class SpreadsheetText
{
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    /// <summary>Whether a spreadsheet program would read the text as a formula (or a DDE call) if typed into a cell.</summary>
    public static bool LooksLikeFormula(string? value) => !string.IsNullOrEmpty(value) && FormulaStarts.Contains(value[0]);

    /// <summary>
    /// The text as a CSV export should write it: with a leading apostrophe where it looks like a formula, which
    /// spreadsheet programs show as text. Typed cells (xlsx) need no apostrophe: they are written as strings.
    /// </summary>
    public static string ForCsv(string? value) => LooksLikeFormula(value) ? "'" + value : value ?? string.Empty;
}
