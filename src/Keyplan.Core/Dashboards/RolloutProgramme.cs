using System.ComponentModel.DataAnnotations;
using Keyplan.Core.Resources;

namespace Keyplan.Core.Dashboards;

/// <summary>
/// The account planning programme itself (SPEC §3, "Rollout"): its goals, expected benefits, budget and milestones, set by
/// administrators. One per organisation; the adoption figures beside it are computed, never entered.
/// </summary>
public class RolloutProgramme : IVersioned
{
    public const int SingletonId = 1;
    public const int TextMaxLength = 4000;

    public int Id { get; set; } = SingletonId;
    public string? Goals { get; set; }

    /// <summary>JSON of <see cref="ExpectedBenefit"/>.</summary>
    public string Benefits { get; set; } = "[]";
    public decimal? Budget { get; set; }

    /// <summary>JSON of <see cref="Milestone"/>.</summary>
    public string Milestones { get; set; } = "[]";
    public int Version { get; set; }
}

public sealed record ExpectedBenefit
{
    [Required(ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Required))]
    [StringLength(300, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxLength))]
    public string? Description { get; init; }

    /// <summary>A monetary benefit's yearly amount; null for a benefit that is not monetary (better forecasts, shared knowledge).</summary>
    [Range(typeof(decimal), "0", "1000000000000", ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Range))]
    public decimal? Amount { get; init; }
}

public sealed record Milestone
{
    [Required(ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Required))]
    [StringLength(300, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxLength))]
    public string? Title { get; init; }

    [Required(ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Required))]
    public DateOnly? Due { get; init; }

    public bool Done { get; init; }
}

/// <summary>What an administrator sets.</summary>
public sealed record RolloutProgrammeInput
{
    [StringLength(RolloutProgramme.TextMaxLength, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxLength))]
    public string? Goals { get; init; }

    [MaxLength(50, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxItems))]
    public IReadOnlyList<ExpectedBenefit> Benefits { get; init => field = value ?? []; } = [];

    [Range(typeof(decimal), "0", "1000000000000", ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Range))]
    public decimal? Budget { get; init; }

    [MaxLength(50, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxItems))]
    public IReadOnlyList<Milestone> Milestones { get; init => field = value ?? []; } = [];
}

/// <summary>
/// How far account planning has been taken up, from the data: key accounts with a plan for the year, plans approved,
/// plans current (changed within their review interval), reviews held on time (due dates past, reviewed within the
/// grace days), and the average quality score.
/// </summary>
public sealed record Adoption(
    int KeyAccounts, int KeyAccountsWithPlan, int Plans, int Approved, int Current, int ReviewsDue, int ReviewsOnTime, decimal? AverageQualityScore)
{
    public decimal? PlanCoverage => KeyAccounts == 0 ? null : Math.Round((decimal)KeyAccountsWithPlan / KeyAccounts, 4);
    public decimal? ApprovedShare => Plans == 0 ? null : Math.Round((decimal)Approved / Plans, 4);
    public decimal? CurrentShare => Plans == 0 ? null : Math.Round((decimal)Current / Plans, 4);
    public decimal? ReviewsOnTimeShare => ReviewsDue == 0 ? null : Math.Round((decimal)ReviewsOnTime / ReviewsDue, 4);
}

public sealed record RolloutView(
    int Year, int? BusinessAreaId, string? Goals, IReadOnlyList<ExpectedBenefit> Benefits, decimal? Budget, string Currency,
    IReadOnlyList<Milestone> Milestones, int Version, bool CanEdit, Adoption Adoption);
