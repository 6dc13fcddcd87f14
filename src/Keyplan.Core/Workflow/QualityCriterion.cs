namespace Keyplan.Core.Workflow;

/// <summary>
/// One criterion of the quality rubric (SPEC §3) and its weight, which administrators set. The criteria themselves are
/// fixed (<see cref="Defaults"/>) so that every score is comparable; their names come from the reader's language.
/// </summary>
public class QualityCriterion
{
    public const int KeyMaxLength = 40;
    public const int MinWeight = 0;
    public const int MaxWeight = 10;
    public const int MinScore = 1;
    public const int MaxScore = 5;

    public const string Completeness = nameof(Completeness);
    public const string Analysis = nameof(Analysis);
    public const string SmartObjectives = nameof(SmartObjectives);
    public const string Actions = nameof(Actions);
    public const string Currency = nameof(Currency);

    public static readonly IReadOnlyList<string> Defaults = [Completeness, Analysis, SmartObjectives, Actions, Currency];

    public required string Key { get; set; }
    public int Weight { get; set; } = 1;
    public int SortOrder { get; set; }
}

/// <summary>A reviewer's scoring of one version of a plan: each criterion 1–5 with a comment, and the weighted result.</summary>
public class QualityScore
{
    public int Id { get; set; }
    public int PlanId { get; set; }
    public Plans.Plan? Plan { get; set; }
    public int VersionNumber { get; set; }
    public string? ScoredById { get; set; }
    public Identity.User? ScoredBy { get; set; }
    public DateTimeOffset ScoredAt { get; set; }

    /// <summary>Σ score × weight / Σ weight, two decimals, with the weights of the time.</summary>
    public decimal WeightedScore { get; set; }

    /// <summary>The ratings as JSON (<see cref="CriterionRating"/> list), kept with the weights used.</summary>
    public required string Ratings { get; set; }
}
