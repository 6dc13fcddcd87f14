using System.ComponentModel.DataAnnotations;
using Keyplan.Core.Resources;

namespace Keyplan.Core.Plans.Sections;

/// <summary>
/// 9. Strategic objectives, each SMART. SPEC §2 asks for at most three; more is flagged by the completeness check,
/// not refused, and <see cref="SectionLimits.Objectives"/> is only a hard cap.
/// </summary>
public sealed record ObjectivesSection : SectionContent, IValidatableObject
{
    [MaxLength(SectionLimits.Objectives, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxItems))]
    public IReadOnlyList<Objective> Objectives { get; init => field = value ?? []; } = [];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        SectionRules.Unique(Objectives, o => o.Id, "objectives", "id");
}

public sealed record Objective
{
    public Guid Id { get; init; } = Guid.NewGuid();

    [Required(ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Required))]
    [StringLength(SectionLimits.ShortText, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxLength))]
    public string? Title { get; init; }

    public ObjectiveMeasure? Measure { get; init; }

    /// <summary>What exactly is measured, e.g. "revenue in adhesives" or "share of orders placed online".</summary>
    [StringLength(SectionLimits.Text, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxLength))]
    public string? MeasureDescription { get; init; }

    [Range(typeof(decimal), SectionLimits.MinAmount, SectionLimits.MaxAmount, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Range))]
    public decimal? Baseline { get; init; }

    [Range(typeof(decimal), SectionLimits.MinAmount, SectionLimits.MaxAmount, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Range))]
    public decimal? Target { get; init; }

    /// <summary>The unit of baseline and target: the account currency, "%", "visits", …</summary>
    [StringLength(SectionLimits.Unit, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxLength))]
    public string? Unit { get; init; }

    public DateOnly? DueDate { get; init; }

    /// <summary>The top opportunities and top risks it addresses, by their SWOT item id (<see cref="TopItem.ItemId"/>).</summary>
    [MaxLength(SectionLimits.Links, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxItems))]
    [References(ReferenceKind.TopItem)]
    public IReadOnlyList<Guid> Addresses { get; init => field = value ?? []; } = [];
}

public enum ObjectiveMeasure
{
    Revenue,
    ContributionMargin,
    ProductUptake,
    VisitFrequency,
    CustomerSatisfaction,
    Other,
}
