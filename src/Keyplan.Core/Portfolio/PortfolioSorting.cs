namespace Keyplan.Core.Portfolio;

/// <summary>Sorts ranking rows by any column. Empty figures sort last either way; ties fall back to the name, then the id.</summary>
internal static class PortfolioSorting
{
    public static IEnumerable<PortfolioRow> Sort(IEnumerable<PortfolioRow> rows, PortfolioSort sort, bool descending) => sort switch
    {
        PortfolioSort.BusinessArea => By(rows, r => r.BusinessAreaName, descending),
        PortfolioSort.Industry => By(rows, r => r.Industry, descending),
        PortfolioSort.Country => By(rows, r => r.Country, descending),
        PortfolioSort.IsKeyAccount => By(rows, r => (bool?)r.IsKeyAccount, descending),
        PortfolioSort.Revenue => By(rows, r => (decimal?)r.Revenue, descending),
        PortfolioSort.ContributionMargin => By(rows, r => (decimal?)r.ContributionMargin, descending),
        PortfolioSort.MarginRate => By(rows, r => r.MarginRate, descending),
        PortfolioSort.Cagr => By(rows, r => r.Cagr, descending),
        PortfolioSort.LastYearChange => By(rows, r => r.LastYearChange, descending),
        PortfolioSort.Potential => By(rows, r => r.Potential, descending),
        PortfolioSort.ShareOfWallet => By(rows, r => r.ShareOfWallet, descending),
        PortfolioSort.AbcClass => By(rows, r => (AbcClass?)r.AbcClass, descending),
        _ => By(rows, r => r.Name, descending),
    };

    private static IOrderedEnumerable<PortfolioRow> By<TKey>(IEnumerable<PortfolioRow> rows, Func<PortfolioRow, TKey?> key, bool descending)
    {
        var withValue = rows.OrderBy(r => key(r) is null);
        var sorted = descending ? withValue.ThenByDescending(key) : withValue.ThenBy(key);
        return sorted.ThenBy(r => r.Name, StringComparer.CurrentCulture).ThenBy(r => r.Id);
    }
}
