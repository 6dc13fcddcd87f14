namespace Keyplan.Core.Portfolio;

public enum AbcClass
{
    A,
    B,
    C,
}

/// <summary>
/// ABC classes by Pareto on revenue: accounts are ranked by revenue, highest first. An account is A while the accounts
/// ranked before it make less than <see cref="AShare"/> of the total (so the A accounts are those needed to reach
/// 80 %), B while they make less than <see cref="AShare"/> + <see cref="BShare"/> (the next 15 %), and C otherwise.
/// Accounts without positive revenue are always C. Equal revenues are ranked by the key given, so the result is stable.
/// </summary>
public static class AbcAnalysis
{
    /// <summary>The share of total revenue the A accounts make together.</summary>
    public const decimal AShare = 0.80m;

    /// <summary>The share of total revenue the B accounts make, after the A accounts.</summary>
    public const decimal BShare = 0.15m;

    public static Dictionary<TKey, AbcClass> Classify<TKey>(IEnumerable<(TKey Key, decimal Revenue)> accounts)
        where TKey : notnull, IComparable<TKey>
    {
        var ranked = accounts.OrderByDescending(a => a.Revenue).ThenBy(a => a.Key).ToList();
        var total = ranked.Where(a => a.Revenue > 0).Sum(a => a.Revenue);
        var classes = new Dictionary<TKey, AbcClass>(ranked.Count);
        var before = 0m;
        foreach (var (key, revenue) in ranked)
        {
            classes[key] = revenue <= 0 ? AbcClass.C
                : before < AShare * total ? AbcClass.A
                : before < (AShare + BShare) * total ? AbcClass.B
                : AbcClass.C;
            before += Math.Max(revenue, 0);
        }

        return classes;
    }
}
