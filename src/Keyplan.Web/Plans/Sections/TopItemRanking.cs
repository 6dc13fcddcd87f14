namespace Keyplan.Web.Plans.Sections;

/// <summary>The order impact × likelihood suggests for the top opportunities or risks; the KAM decides the real order.</summary>
public static class TopItemRanking
{
    /// <summary>Impact × likelihood, or null while either is missing.</summary>
    public static int? Score(int? impact, int? likelihood) => impact * likelihood;

    /// <summary>
    /// The indexes of the items, highest score first; items without a score come last; equal scores keep the KAM's order.
    /// </summary>
    public static IReadOnlyList<int> SuggestedOrder(IReadOnlyList<(int? Impact, int? Likelihood)> items) =>
        Enumerable.Range(0, items.Count)
            .OrderByDescending(i => Score(items[i].Impact, items[i].Likelihood) ?? -1)
            .ToList();

    /// <summary>Whether the current order already is the suggested one.</summary>
    public static bool FollowsSuggestion(IReadOnlyList<(int? Impact, int? Likelihood)> items) =>
        SuggestedOrder(items).Select((index, position) => index == position).All(same => same);

    /// <summary>Moves the item at <paramref name="index"/> by <paramref name="offset"/> places; out-of-range moves do nothing.</summary>
    public static bool Move<T>(IList<T> items, int index, int offset)
    {
        var target = index + offset;
        if (index < 0 || index >= items.Count || target < 0 || target >= items.Count)
        {
            return false;
        }

        (items[index], items[target]) = (items[target], items[index]);
        return true;
    }
}
