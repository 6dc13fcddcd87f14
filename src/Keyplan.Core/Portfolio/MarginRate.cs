namespace Keyplan.Core.Portfolio;

public static class MarginRate
{
    /// <summary>Contribution margin as a fraction of revenue; null without revenue.</summary>
    public static decimal? Of(decimal revenue, decimal contributionMargin) =>
        revenue == 0 ? null : Math.Round(contributionMargin / revenue, 6);
}
