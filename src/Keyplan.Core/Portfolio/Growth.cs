namespace Keyplan.Core.Portfolio;

/// <summary>Revenue growth as fractions (0.1 = +10 %); null where a rate has no meaning (no or negative base).</summary>
public static class Growth
{
    /// <summary>How many years the compound annual growth rate of the portfolio spans.</summary>
    public const int CagrYears = 3;

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
