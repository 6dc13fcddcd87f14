using System.Globalization;

namespace Keyplan.Core.Import.Rows;

/// <summary>
/// Country and currency names as exports write them ("Germany", "Deutschland", "Duitsland", "DE"; "Euro", "EUR") to ISO
/// codes. .NET names regions only in English and in their own language, so the German and Dutch names of the countries
/// our customers sit in are listed here.
/// </summary>
internal static class RegionNames
{
    private static readonly Lazy<(Dictionary<string, string> Countries, Dictionary<string, string> Currencies)> Names = new(Build);

    private static readonly Dictionary<string, string> GermanAndDutch = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Niederlande"] = "NL", ["Holland"] = "NL", ["Vereinigtes Königreich"] = "GB", ["Großbritannien"] = "GB", ["Belgien"] = "BE",
        ["Frankreich"] = "FR", ["Österreich"] = "AT", ["Schweiz"] = "CH", ["Italien"] = "IT", ["Spanien"] = "ES", ["Dänemark"] = "DK",
        ["Schweden"] = "SE", ["Tschechien"] = "CZ", ["Vereinigte Staaten"] = "US", ["Duitsland"] = "DE", ["Verenigd Koninkrijk"] = "GB",
        ["Groot-Brittannië"] = "GB", ["België"] = "BE", ["Frankrijk"] = "FR", ["Oostenrijk"] = "AT", ["Zwitserland"] = "CH",
        ["Italië"] = "IT", ["Spanje"] = "ES", ["Denemarken"] = "DK", ["Zweden"] = "SE", ["Tsjechië"] = "CZ", ["Verenigde Staten"] = "US",
        ["Polen"] = "PL", ["Luxemburg"] = "LU", ["UK"] = "GB", ["England"] = "GB", ["Great Britain"] = "GB", ["USA"] = "US",
    };

    public static string? Country(string text)
    {
        var key = text.Trim();
        if (key.Length == 2)
        {
            var code = key.ToUpperInvariant();
            return Names.Value.Countries.ContainsValue(code) ? code : null;
        }

        return Names.Value.Countries.TryGetValue(key, out var found) ? found : null;
    }

    public static string? Currency(string text)
    {
        var key = text.Trim();
        return Names.Value.Currencies.TryGetValue(key, out var found) ? found : null;
    }

    private static (Dictionary<string, string>, Dictionary<string, string>) Build()
    {
        var countries = new Dictionary<string, string>(GermanAndDutch, StringComparer.OrdinalIgnoreCase);
        var currencies = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["Euro"] = "EUR", ["€"] = "EUR", ["£"] = "GBP" };
        foreach (var culture in CultureInfo.GetCultures(CultureTypes.SpecificCultures))
        {
            RegionInfo region;
            try
            {
                region = new RegionInfo(culture.Name);
            }
            catch (ArgumentException)
            {
                continue;
            }

            var code = region.TwoLetterISORegionName;
            if (code.Length != 2 || !code.All(char.IsAsciiLetterUpper))
            {
                continue;
            }

            countries.TryAdd(region.EnglishName, code);
            countries.TryAdd(region.NativeName, code);
            countries.TryAdd(code, code);
            currencies.TryAdd(region.ISOCurrencySymbol, region.ISOCurrencySymbol);
            currencies.TryAdd(region.CurrencyEnglishName, region.ISOCurrencySymbol);
            currencies.TryAdd(region.CurrencyNativeName, region.ISOCurrencySymbol);
        }

        return (countries, currencies);
    }
}
