using System.Globalization;

namespace Keyplan.Core.Import.Reading;

/// <summary>
/// Reads amounts as CRM, ERP and Excel exports write them: "2.656.435,68", "2572800000.0", "1,234.56", "-5", "€ 12.500".
/// Where both separators occur, the last one is the decimal separator; a separator that occurs more than once groups
/// thousands; a single one is decided by the file's <see cref="NumberFormatHint"/>.
/// </summary>
public static class ImportNumber
{
    public static bool TryParse(string? text, NumberFormatHint hint, out decimal value)
    {
        value = 0;
        var cleaned = Clean(text);
        if (cleaned.Length == 0)
        {
            return false;
        }

        var lastDot = cleaned.LastIndexOf('.');
        var lastComma = cleaned.LastIndexOf(',');
        char? decimalSeparator = (lastDot, lastComma) switch
        {
            (< 0, < 0) => null,
            (>= 0, >= 0) => lastDot > lastComma ? '.' : ',',
            (>= 0, _) => Decide('.', cleaned, hint == NumberFormatHint.DecimalPoint),
            _ => Decide(',', cleaned, hint == NumberFormatHint.DecimalComma),
        };

        var normalized = decimalSeparator switch
        {
            '.' => cleaned.Replace(",", string.Empty, StringComparison.Ordinal),
            ',' => cleaned.Replace(".", string.Empty, StringComparison.Ordinal).Replace(',', '.'),
            _ => cleaned.Replace(".", string.Empty, StringComparison.Ordinal).Replace(",", string.Empty, StringComparison.Ordinal),
        };
        return decimal.TryParse(normalized, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>A lone separator kind: more than one is grouping; one is decimal if the file says so or if it isn't followed by exactly three digits.</summary>
    private static char? Decide(char separator, string text, bool hintSaysDecimal)
    {
        if (text.Count(c => c == separator) > 1)
        {
            return null;
        }

        var digitsAfter = text.Length - text.IndexOf(separator) - 1;
        return hintSaysDecimal || digitsAfter != 3 ? separator : null;
    }

    /// <summary>Drops currency signs, spaces (also non-breaking and narrow ones) and apostrophes used as group separators.</summary>
    private static string Clean(string? text) =>
        text is null
            ? string.Empty
            : new string([.. text.Trim().Where(c => char.IsDigit(c) || c is '.' or ',' or '-' or '+')]);
}
