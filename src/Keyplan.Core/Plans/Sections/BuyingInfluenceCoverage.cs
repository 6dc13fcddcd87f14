namespace Keyplan.Core.Plans.Sections;

/// <summary>How well one buying-influence role is covered in the buying center.</summary>
public enum CoverageState
{
    /// <summary>At least one person holds the role and does not oppose us.</summary>
    Covered,

    /// <summary>Nobody holds the role: a red flag (SPEC §2, item 6).</summary>
    Uncovered,

    /// <summary>Only people with a negative attitude towards us hold the role.</summary>
    OnlyNegative,
}

public sealed record InfluenceCoverage(BuyingInfluence Influence, CoverageState State);

/// <summary>
/// Which buying-influence roles are held, and by whom in favour of us. The completeness rules and the relationship map's
/// red flags both read this, so they never disagree.
/// </summary>
public static class BuyingInfluenceCoverage
{
    /// <summary>One entry per role, in the order of <see cref="BuyingInfluence"/>.</summary>
    public static IReadOnlyList<InfluenceCoverage> Of(IEnumerable<StakeholderAssessment> stakeholders)
    {
        var assessed = stakeholders.ToList();
        return [.. Enum.GetValues<BuyingInfluence>().Select(influence =>
        {
            var holders = assessed.Where(s => s.BuyingInfluences.Contains(influence)).ToList();
            var state = holders.Count == 0 ? CoverageState.Uncovered
                // An unknown attitude is not held against the person: only known opposition is a flag.
                : holders.All(h => h.Attitude < 0) ? CoverageState.OnlyNegative
                : CoverageState.Covered;
            return new InfluenceCoverage(influence, state);
        })];
    }
}
