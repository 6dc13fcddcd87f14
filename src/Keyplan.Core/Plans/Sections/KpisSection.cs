using System.ComponentModel.DataAnnotations;
using Keyplan.Core.Resources;

namespace Keyplan.Core.Plans.Sections;

/// <summary>15. KPI scorecard: the objectives' measures and other KPIs, with a target and an actual per review period.</summary>
public sealed record KpisSection : SectionContent
{
    [MaxLength(SectionLimits.Items, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxItems))]
    public IReadOnlyList<Kpi> Kpis { get; init => field = value ?? []; } = [];
}

public sealed record Kpi
{
    public Guid Id { get; init; } = Guid.NewGuid();

    [Required(ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Required))]
    [StringLength(SectionLimits.ShortText, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxLength))]
    public string? Name { get; init; }

    /// <summary>The objective whose measure this is (<see cref="Objective.Id"/>); null for other KPIs.</summary>
    [References(ReferenceKind.Objective)]
    public Guid? ObjectiveId { get; init; }

    [StringLength(SectionLimits.Unit, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxLength))]
    public string? Unit { get; init; }

    [Range(typeof(decimal), SectionLimits.MinAmount, SectionLimits.MaxAmount, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Range))]
    public decimal? Target { get; init; }

    [MaxLength(SectionLimits.Items, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxItems))]
    public IReadOnlyList<KpiActual> Actuals { get; init => field = value ?? []; } = [];

    /// <summary>Set by the KAM; null leaves it to be computed from target and actuals.</summary>
    public KpiStatus? Status { get; init; }
}

/// <summary>The value a KPI reached in one review period.</summary>
public sealed record KpiActual
{
    /// <summary>The last day of the review period; it orders the actuals and ties them to a review.</summary>
    [Required(ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Required))]
    public DateOnly? PeriodEnd { get; init; }

    /// <summary>How the period is called in documents, e.g. "Q2 2026".</summary>
    [StringLength(SectionLimits.Unit, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxLength))]
    public string? Label { get; init; }

    [Required(ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Required))]
    [Range(typeof(decimal), SectionLimits.MinAmount, SectionLimits.MaxAmount, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Range))]
    public decimal? Actual { get; init; }
}

public enum KpiStatus
{
    OnTrack,
    AtRisk,
    OffTrack,
}
