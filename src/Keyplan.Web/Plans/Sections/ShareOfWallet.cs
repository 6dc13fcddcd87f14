using Keyplan.Core.Accounts;

namespace Keyplan.Web.Plans.Sections;

/// <summary>One year of the history table: our revenue (from the account's revenue rows) against the customer's volume.</summary>
public sealed record WalletYear(int Year, decimal? OurRevenue, decimal? OurMargin, decimal? PurchaseVolume)
{
    /// <summary>Our revenue as a share (0–1) of the customer's purchase volume; null when either is unknown or the volume is 0.</summary>
    public decimal? Share => ShareOfWallet.Compute(OurRevenue, PurchaseVolume);
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
}
