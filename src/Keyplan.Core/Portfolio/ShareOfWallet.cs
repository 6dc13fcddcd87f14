namespace Keyplan.Core.Portfolio;

/// <summary>Our revenue as a fraction of everything the customer buys in our categories, from all suppliers.</summary>
public static class ShareOfWallet
{
    public static decimal? Of(decimal ourRevenue, decimal? purchaseVolume) =>
        purchaseVolume is > 0 ? Math.Round(ourRevenue / purchaseVolume.Value, 6) : null;
}
