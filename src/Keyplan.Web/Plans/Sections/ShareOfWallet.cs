using Keyplan.Core.Accounts;

namespace Keyplan.Web.Plans.Sections;

/// <summary>One year of the history table: our revenue (from the account's revenue rows) against the customer's volume.</summary>
public sealed record WalletYear(int Year, decimal? OurRevenue, decimal? OurMargin, decimal? PurchaseVolume)
{
    /// <summary>Our revenue as a share (0–1) of the customer's purchase volume; null when either is unknown or the volume is 0.</summary>
    public decimal? Share => ShareOfWallet.Compute(OurRevenue, PurchaseVolume);

    /// <summary>Our contribution margin as a share (0–1) of our revenue; null without revenue.</summary>
    public decimal? MarginRate => OurRevenue is { } revenue && revenue != 0 && OurMargin is { } margin ? margin / revenue : null;
}

public static class ShareOfWallet
{
    public static decimal? Compute(decimal? ourRevenue, decimal? purchaseVolume) =>
        ourRevenue is { } revenue && purchaseVolume is { } volume && volume > 0 ? revenue / volume : null;

    /// <summary>Every year that has revenue rows or a purchase volume, newest first; revenue summed over product groups.</summary>
    public static IReadOnlyList<WalletYear> Years(IEnumerable<RevenueDetails> revenue, IEnumerable<(int? Year, decimal? Amount)> volumes)
    {
        var byYear = revenue.GroupBy(r => r.Year).ToDictionary(g => g.Key, g => (Revenue: g.Sum(r => r.Revenue), Margin: g.Sum(r => r.ContributionMargin)));
        var volumeByYear = volumes.Where(v => v.Year is not null).GroupBy(v => v.Year!.Value).ToDictionary(g => g.Key, g => g.First().Amount);
        return byYear.Keys.Union(volumeByYear.Keys)
            .OrderByDescending(y => y)
            .Select(y => new WalletYear(
                y,
                byYear.TryGetValue(y, out var ours) ? ours.Revenue : null,
                byYear.TryGetValue(y, out var margin) ? margin.Margin : null,
                volumeByYear.GetValueOrDefault(y)))
            .ToList();
    }

    /// <summary>The newest year for which the share can be computed (both our revenue and the customer's volume are known).</summary>
    public static WalletYear? Latest(IEnumerable<WalletYear> years) =>
        years.Where(y => y.Share is not null).MaxBy(y => y.Year);

    /// <summary>
    /// The years the history table offers for entering the customer's purchase volume, newest first: every year with our
    /// revenue or an entered volume, and always the last full year before the plan period, so a new account without
    /// revenue rows can still be filled.
    /// </summary>
    public static IReadOnlyList<int> YearsToEnter(IEnumerable<int> revenueYears, IEnumerable<int> volumeYears, int lastFullYear) =>
        [.. revenueYears.Concat(volumeYears).Append(lastFullYear)
            .Where(y => y is >= RevenueRecord.MinYear and <= RevenueRecord.MaxYear)
            .Distinct()
            .OrderDescending()];

    /// <summary>The year before the oldest one shown, which the user can add; null at the oldest allowed year.</summary>
    public static int? EarlierYear(IReadOnlyCollection<int> years) =>
        years.Count > 0 && years.Min() > RevenueRecord.MinYear ? years.Min() - 1 : null;
}
