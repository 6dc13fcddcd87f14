using System.Globalization;

namespace Keyplan.Web.Components;

/// <summary>
/// Money as the user reads it: the number format of the UI culture (separators, where the symbol goes) with the
/// account's currency, e.g. "1.234.567 €" in German, "€ 1.234.567" in Dutch and "€1,234,567" in English.
/// </summary>
public static class Money
{
    // Symbols for the currencies the customers use; any other currency shows its ISO code, which is never ambiguous
    // ("$" alone could be any of a dozen dollars).
    private static readonly Dictionary<string, string> Symbols = new(StringComparer.OrdinalIgnoreCase)
    {
        ["EUR"] = "€",
        ["GBP"] = "£",
        ["USD"] = "$",
    };

    /// <summary>Whole currency units, as the overviews show them.</summary>
    public static string Format(decimal amount, string currencyCode, CultureInfo? culture = null) =>
        amount.ToString("C0", NumberFormat(currencyCode, culture ?? CultureInfo.CurrentCulture));

    /// <summary>A short label for chart axes, e.g. "€1.5M" or "1,5 Mio. €".</summary>
    /// <param name="thousands">The culture's pattern for thousands, e.g. "{0}k".</param>
    /// <param name="millions">The culture's pattern for millions, e.g. "{0} Mio.".</param>
    public static string Compact(decimal amount, string currencyCode, string thousands, string millions, CultureInfo? culture = null)
    {
        culture ??= CultureInfo.CurrentCulture;
        var size = Math.Abs(amount);
        if (size < 1_000m)
        {
            return Format(amount, currencyCode, culture);
        }

        var (scaled, pattern) = size >= 1_000_000m ? (size / 1_000_000m, millions) : (size / 1_000m, thousands);
        var number = string.Format(culture, pattern, scaled.ToString("0.#", culture));

        // Let the culture place the sign and the symbol around a placeholder digit, then put the scaled number there;
        // no currency symbol contains the digit 1.
        var shape = (amount < 0 ? -1m : 1m).ToString("C0", NumberFormat(currencyCode, culture));
        return shape.Replace("1", number, StringComparison.Ordinal);
    }

    public static string Symbol(string currencyCode) =>
        Symbols.TryGetValue(currencyCode, out var symbol) ? symbol : currencyCode.ToUpperInvariant();

    private static NumberFormatInfo NumberFormat(string currencyCode, CultureInfo culture)
    {
        var format = (NumberFormatInfo)culture.NumberFormat.Clone();
        format.CurrencySymbol = Symbol(currencyCode);
        if (!Symbols.ContainsKey(currencyCode))
        {
            // A code needs a space between it and the number: "CHF 1,234", not "CHF1,234".
            format.CurrencyPositivePattern = format.CurrencyPositivePattern switch { 0 => 2, 1 => 3, var p => p };
            format.CurrencyNegativePattern = format.CurrencyNegativePattern switch { 1 => 9, 5 => 8, var p => p };
        }

        return format;
    }
}
