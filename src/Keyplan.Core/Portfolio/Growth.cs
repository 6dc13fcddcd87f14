namespace Keyplan.Core.Portfolio;

/// <summary>Revenue growth as fractions (0.1 = +10 %); null where a rate has no meaning (no or negative base).</summary>
public static class Growth
{
    /// <summary>How many years the compound annual growth rate of the portfolio spans at most.</summary>
    public const int MaxCagrYears = 3;

    /// <summary>
    /// The years the portfolio's CAGR spans: <see cref="MaxCagrYears"/> back from the fiscal year, but not before the
    /// earliest year with revenue, so a company with three years of history sees growth over two rather than none. One
    /// span for all accounts keeps their rates comparable; 0 when there is no year before the fiscal year.
    /// </summary>
    public static int CagrSpan(int fiscalYear, int? earliestYearWithRevenue) =>
        earliestYearWithRevenue is { } earliest && earliest < fiscalYear ? Math.Min(MaxCagrYears, fiscalYear - earliest) : 0;

    /// <summary>The CAGR over <paramref name="years"/>, or none when the span is empty.</summary>
    public static decimal? CagrOver(decimal first, decimal last, int years) => years < 1 ? null : Cagr(first, last, years);

    /// <summary>Compound annual growth rate from <paramref name="first"/> to <paramref name="last"/> over <paramref name="years"/> years.</summary>
    public static decimal? Cagr(decimal first, decimal last, int years)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(years, 1);
        if (first <= 0 || last < 0)
        {
            return null;
        }

        return Math.Round((decimal)Math.Pow((double)(last / first), 1.0 / years) - 1, 6);
    }

    /// <summary>The change from one year to the next.</summary>
    public static decimal? Change(decimal previous, decimal current) =>
        previous <= 0 ? null : Math.Round((current - previous) / previous, 6);
}
