using System.Globalization;
using Keyplan.Core.Import.Reading;

namespace Keyplan.Core.Import.Rows;

/// <summary>
/// Reads the fields of one row through the column mapping, and notes a problem for every value it cannot take.
/// Text is taken as it is (a value starting with "=", "+", "-" or "@" stays text and is never evaluated).
/// </summary>
public sealed class ImportRowReader(TabularRow row, ColumnMapping mapping, IReadOnlyList<string> headers, NumberFormatHint numbers)
{
    // Most rows have no problem: the list is made for the first one.
    private List<ImportProblem>? _problems;

    public long RowNumber => row.RowNumber;

    public IReadOnlyList<ImportProblem> Problems => (IReadOnlyList<ImportProblem>?)_problems ?? [];

    public string? Text(string field, int maxLength, bool required = false)
    {
        var value = Raw(field)?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            if (required)
            {
                Problem(field, ImportProblemKind.Required);
            }

            return null;
        }

        if (value.Length > maxLength)
        {
            Problem(field, ImportProblemKind.TooLong, Shorten(value), maxLength.ToString(CultureInfo.InvariantCulture));
            return null;
        }

        return value;
    }

    public decimal? Amount(string field, bool required = false)
    {
        var text = Text(field, int.MaxValue, required);
        if (text is null)
        {
            return null;
        }

        if (ImportNumber.TryParse(text, numbers, out var value))
        {
            return value;
        }

        Problem(field, ImportProblemKind.NotANumber, Shorten(text));
        return null;
    }

    public int? WholeNumber(string field, bool required = false)
    {
        var text = Text(field, int.MaxValue, required);
        if (text is null)
        {
            return null;
        }

        if (ImportNumber.TryParse(text, numbers, out var value) && value == decimal.Truncate(value) && value is >= int.MinValue and <= int.MaxValue)
        {
            return (int)value;
        }

        Problem(field, ImportProblemKind.NotAWholeNumber, Shorten(text));
        return null;
    }

    public bool? YesNo(string field)
    {
        var text = Text(field, int.MaxValue)?.ToLowerInvariant();
        switch (text)
        {
            case null:
                return null;
            case "true" or "yes" or "y" or "1" or "x" or "ja" or "j" or "wahr":
                return true;
            case "false" or "no" or "n" or "0" or "nein" or "nee" or "falsch":
                return false;
            default:
                Problem(field, ImportProblemKind.NotAYesNo, Shorten(text));
                return null;
        }
    }

    /// <summary>A two-letter code, or a country name in English, German or Dutch ("Germany", "Deutschland", "Nederland").</summary>
    public string? Country(string field)
    {
        var text = Text(field, int.MaxValue);
        if (text is null)
        {
            return null;
        }

        if (RegionNames.Country(text) is { } code)
        {
            return code;
        }

        Problem(field, ImportProblemKind.NotACountryCode, Shorten(text));
        return null;
    }

    /// <summary>An ISO code (EUR) or a currency name as CRMs write it ("Euro", "Pound Sterling").</summary>
    public string? Currency(string field)
    {
        var text = Text(field, int.MaxValue);
        if (text is null)
        {
            return null;
        }

        if (RegionNames.Currency(text) is { } code)
        {
            return code;
        }

        Problem(field, ImportProblemKind.NotACurrencyCode, Shorten(text));
        return null;
    }

    /// <summary>Notes a problem at the field's column, e.g. one the caller found (unknown account, duplicate).</summary>
    public void Problem(string field, ImportProblemKind kind, string? value = null, string? detail = null) =>
        (_problems ??= []).Add(new ImportProblem(row.RowNumber, ColumnName(field), kind, value, detail));

    private string? Raw(string field) => mapping.ColumnOf(field) is { } column ? row[column] : null;

    private string? ColumnName(string field) => mapping.ColumnOf(field) is { } column && column < headers.Count ? headers[column] : field;

    /// <summary>Problem messages quote the value, but a runaway cell should not flood the preview.</summary>
    private static string Shorten(string value) => value.Length <= 80 ? value : string.Concat(value.AsSpan(0, 77), "…");
}
