using Keyplan.Core.Organisation;
using Keyplan.Core.Portfolio;

namespace Keyplan.UnitTests.Portfolio;

/// <summary>The ranking's figures against values computed by hand.</summary>
public sealed class PortfolioFiguresTests
{
    [Fact]
    public void Abc_FiftyThirtyTenSixFour_TwoAccountsReachEightyPercentAndTheLastIsC()
    {
        // Total 100. Revenue ranked before each: 0, 50, 80, 90, 96 → A while < 80, B while < 95, else C.
        var classes = AbcAnalysis.Classify([(1, 10m), (2, 50m), (3, 4m), (4, 30m), (5, 6m)]);

        Assert.Equal(AbcClass.A, classes[2]);
        Assert.Equal(AbcClass.A, classes[4]);
        Assert.Equal(AbcClass.B, classes[1]);
        Assert.Equal(AbcClass.B, classes[5]);
        Assert.Equal(AbcClass.C, classes[3]);
    }

    [Fact]
    public void Abc_OneDominantAccount_IsTheOnlyA_AndAccountsWithoutRevenueAreC()
    {
        // Total 100: the first makes 90 % alone; the one ranked after it starts at 90 < 95 → B; zero and negative are C.
        var classes = AbcAnalysis.Classify([(1, 90m), (2, 7m), (3, 3m), (4, 0m), (5, -5m)]);

        Assert.Equal([AbcClass.A, AbcClass.B, AbcClass.C, AbcClass.C, AbcClass.C], classes.OrderBy(c => c.Key).Select(c => c.Value));
    }

    [Fact]
    public void Abc_NoRevenueAtAll_EveryAccountIsC()
    {
        var classes = AbcAnalysis.Classify([(1, 0m), (2, 0m)]);

        Assert.All(classes.Values, c => Assert.Equal(AbcClass.C, c));
    }

    [Fact]
    public void Abc_ThresholdsAreEightyAndFifteenPercent()
    {
        Assert.Equal(0.80m, AbcAnalysis.AShare);
        Assert.Equal(0.15m, AbcAnalysis.BShare);
    }

    [Theory]
    [InlineData(1000, 1331, 3, 0.1)] // 1.1³ = 1.331
    [InlineData(800, 1250, 2, 0.25)] // 1.25² = 1.5625 = 1250 / 800
    [InlineData(2000, 1000, 1, -0.5)]
    [InlineData(500, 500, 3, 0)]
    public void Cagr_MatchesHandComputedRates(int first, int last, int years, double expected) =>
        Assert.Equal((decimal)expected, Growth.Cagr(first, last, years));

    [Theory]
    [InlineData(2025, 2022, 3)] // four years of history: the full span
    [InlineData(2025, 2019, 3)] // never more than three years
    [InlineData(2025, 2023, 2)] // the demo's three years: growth over two
    [InlineData(2025, 2024, 1)]
    [InlineData(2025, 2025, 0)] // only the fiscal year itself: no growth to show
    [InlineData(2025, null, 0)]
    public void CagrSpan_ReachesBackToTheEarliestYearWithRevenue_AtMostThreeYears(int fiscalYear, int? earliest, int expected) =>
        Assert.Equal(expected, Growth.CagrSpan(fiscalYear, earliest));

    [Fact]
    public void CagrOver_AnEmptySpan_IsEmpty_AndOverTwoYearsCompoundsTwice()
    {
        Assert.Null(Growth.CagrOver(1000m, 1210m, 0));
        Assert.Equal(0.1m, Growth.CagrOver(1000m, 1210m, 2)); // 1.1² = 1.21
    }

    [Fact]
    public void Cagr_WithoutRevenueInTheFirstYear_IsEmpty()
    {
        Assert.Null(Growth.Cagr(0m, 1000m, 3));
        Assert.Null(Growth.Cagr(-10m, 1000m, 3));
    }

    [Fact]
    public void Change_IsRelativeToThePreviousYear_AndEmptyWithoutIt()
    {
        Assert.Equal(0.2m, Growth.Change(1000m, 1200m));
        Assert.Equal(-0.25m, Growth.Change(400m, 300m));
        Assert.Null(Growth.Change(0m, 300m));
    }

    [Fact]
    public void ShareOfWallet_IsOurRevenueOverThePurchaseVolume_AndEmptyWithoutOne()
    {
        Assert.Equal(0.25m, ShareOfWallet.Of(250_000m, 1_000_000m));
        Assert.Equal(0.333333m, ShareOfWallet.Of(1m, 3m));
        Assert.Null(ShareOfWallet.Of(250_000m, null));
        Assert.Null(ShareOfWallet.Of(250_000m, 0m));
    }

    [Fact]
    public void MarginRate_IsMarginOverRevenue()
    {
        Assert.Equal(0.3m, MarginRate.Of(1_000m, 300m));
        Assert.Null(MarginRate.Of(0m, 300m));
    }

    [Theory]
    [InlineData(2026, 3, 1, 2026)]
    [InlineData(2026, 3, 4, 2025)] // an April fiscal year: March 2026 still belongs to the year that began in April 2025
    [InlineData(2026, 4, 4, 2026)]
    public void FiscalYear_IsNamedAfterTheCalendarYearItStartsIn(int year, int month, int startMonth, int expected) =>
        Assert.Equal(expected, FiscalYears.Of(new DateOnly(year, month, 10), startMonth));
}
