using System.Globalization;
using Keyplan.Web.Components;

namespace Keyplan.UnitTests.Web;

public class MoneyTests
{
    // ICU separates the number and a trailing or leading symbol with a no-break space.
    private const char Nbsp = '\u00A0';

    [Theory]
    [InlineData("en", "€1,234,567")]
    [InlineData("de", "1.234.567 €")]
    [InlineData("nl", "€ 1.234.567")]
    public void Format_Euro_FollowsTheUiCulture(string culture, string expected) =>
        Assert.Equal(expected, Normalize(Money.Format(1_234_567m, "EUR", CultureInfo.GetCultureInfo(culture))));

    [Theory]
    [InlineData("en", "£2,500")]
    [InlineData("de", "2.500 £")]
    [InlineData("nl", "£ 2.500")]
    public void Format_Pound_UsesTheAccountsCurrencySymbol(string culture, string expected) =>
        Assert.Equal(expected, Normalize(Money.Format(2_500m, "GBP", CultureInfo.GetCultureInfo(culture))));

    [Theory]
    [InlineData("en", "CHF 1,000")]
    [InlineData("de", "1.000 CHF")]
    public void Format_CurrencyWithoutKnownSymbol_ShowsTheCodeSpacedFromTheNumber(string culture, string expected) =>
        Assert.Equal(expected, Normalize(Money.Format(1_000m, "chf", CultureInfo.GetCultureInfo(culture))));

    [Fact]
    public void Format_RoundsToWholeUnits() =>
        Assert.Equal("€1,235", Money.Format(1_234.5m, "EUR", CultureInfo.GetCultureInfo("en")));

    [Fact]
    public void Format_WithoutCulture_UsesTheCurrentCulture()
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de");
            Assert.Equal("12 €", Normalize(Money.Format(12m, "EUR")));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Theory]
    [InlineData("en", 1_500_000, "€1.5M")]
    [InlineData("de", 1_500_000, "1,5 Mio. €")]
    [InlineData("nl", 1_500_000, "€ 1,5 mln")]
    [InlineData("en", 250_000, "€250k")]
    [InlineData("de", 250_000, "250 Tsd. €")]
    [InlineData("en", 900, "€900")]
    [InlineData("en", 0, "€0")]
    public void Compact_AbbreviatesThousandsAndMillions(string culture, int amount, string expected)
    {
        var (thousands, millions) = culture switch
        {
            "de" => ("{0} Tsd.", "{0} Mio."),
            "nl" => ("{0}k", "{0} mln"),
            _ => ("{0}k", "{0}M"),
        };
        Assert.Equal(expected, Normalize(Money.Compact(amount, "EUR", thousands, millions, CultureInfo.GetCultureInfo(culture))));
    }

    [Fact]
    public void Compact_NegativeAmount_KeepsTheSign() =>
        Assert.Equal("-€2M", Normalize(Money.Compact(-2_000_000m, "EUR", "{0}k", "{0}M", CultureInfo.GetCultureInfo("en"))));

    private static string Normalize(string text) => text.Replace(Nbsp, ' ').Replace('\u202F', ' ');
}
