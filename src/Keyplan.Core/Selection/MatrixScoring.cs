namespace Keyplan.Core.Selection;

/// <summary>The quadrants of the selection matrix (SPEC §3).</summary>
public enum Quadrant
{
    /// <summary>Attractive and strong: keep investing.</summary>
    Star,

    /// <summary>Attractive, but we are weak: develop.</summary>
    Strategic,

    /// <summary>Less attractive, but we are strong: maintain.</summary>
    Status,

    /// <summary>Neither: serve efficiently.</summary>
    Streamline,
}

/// <summary>A criterion's weight and the value of its latest rating.</summary>
public readonly record struct WeightedRating(decimal Weight, int Value);

/// <summary>The scoring rule of the selection matrix, kept in one place so the API, the page and the tests agree.</summary>
public static class MatrixScoring
{
    public const decimal DefaultThreshold = 5.5m;

    /// <summary>Weighted mean of the rated criteria (1–10); unrated criteria are left out. Null when nothing is rated.</summary>
    public static decimal? Score(IEnumerable<WeightedRating> ratings)
    {
        decimal weights = 0, sum = 0;
        foreach (var rating in ratings)
        {
            weights += rating.Weight;
            sum += rating.Weight * rating.Value;
        }

        return weights > 0 ? Math.Round(sum / weights, 2) : null;
    }

    /// <summary>A score equal to the threshold counts as high.</summary>
    public static Quadrant Classify(decimal attractiveness, decimal strength, decimal threshold) =>
        (attractiveness >= threshold, strength >= threshold) switch
        {
            (true, true) => Quadrant.Star,
            (true, false) => Quadrant.Strategic,
            (false, true) => Quadrant.Status,
            (false, false) => Quadrant.Streamline,
        };

    /// <summary>An account has a position only when both axes have at least one rating.</summary>
    public static Quadrant? Classify(decimal? attractiveness, decimal? strength, decimal threshold) =>
        attractiveness is { } a && strength is { } s ? Classify(a, s, threshold) : null;
}
