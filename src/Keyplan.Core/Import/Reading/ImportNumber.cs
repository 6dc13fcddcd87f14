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
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        // Called for every amount of a million-row file: cleaned and normalized on the stack, without allocating.
        Span<char> buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        var cleaned = Clean(text, buffer);
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

        // Group separators go, the decimal separator becomes a point; in place, as the text only gets shorter.
        var length = 0;
        foreach (var c in cleaned)
        {
            if (c is '.' or ',')
            {
                if (c != decimalSeparator)
                {
                    continue;
                }

                cleaned[length++] = '.';
            }
            else
            {
                cleaned[length++] = c;
            }
        }

        return decimal.TryParse(cleaned[..length], NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>A lone separator kind: more than one is grouping; one is decimal if the file says so or if it isn't followed by exactly three digits.</summary>
    private static char? Decide(char separator, ReadOnlySpan<char> text, bool hintSaysDecimal)
    {
        if (text.Count(separator) > 1)
        {
            return null;
        }

        var digitsAfter = text.Length - text.IndexOf(separator) - 1;
        return hintSaysDecimal || digitsAfter != 3 ? separator : null;
    }

    /// <summary>Drops currency signs, spaces (also non-breaking and narrow ones) and apostrophes used as group separators.</summary>
    private static Span<char> Clean(string text, Span<char> buffer)
    {
        var length = 0;
        foreach (var c in text)
        {
            if (char.IsDigit(c) || c is '.' or ',' or '-' or '+')
            {
                buffer[length++] = c;
            }
        }

        return buffer[..length];
    }
}
