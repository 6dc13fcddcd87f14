using System.ComponentModel.DataAnnotations;
using Keyplan.Core.Resources;

namespace Keyplan.Core.Plans.Sections;

/// <summary>
/// 14. Budget and cost plan. The cost of the actions is summed from the action plan, not copied; this section holds
/// the other sales costs and the planned contribution margin they are set against, and the revenue targets per product
/// group that roll up into the sales budget once the plan is approved (SPEC §3, "Sales budget").
/// </summary>
public sealed record BudgetSection : SectionContent, IValidatableObject
{
    [MaxLength(SectionLimits.Items, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxItems))]
    public IReadOnlyList<SalesCost> OtherCosts { get; init => field = value ?? []; } = [];

    [Range(typeof(decimal), SectionLimits.MinAmount, SectionLimits.MaxAmount, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Range))]
    public decimal? PlannedContributionMargin { get; init; }

    /// <summary>Our revenue target at this account for the plan's period, one per product group.</summary>
    [MaxLength(SectionLimits.Items, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxItems))]
    public IReadOnlyList<RevenueTarget> RevenueTargets { get; init => field = value ?? []; } = [];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        SectionRules.Unique(RevenueTargets, t => t.ProductGroupId, "revenueTargets", "productGroupId");
}

/// <summary>The revenue a plan aims for in one product group over its period.</summary>
public sealed record RevenueTarget
{
    public Guid Id { get; init; } = Guid.NewGuid();

    [Required(ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Required))]
    [References(ReferenceKind.ProductGroup)]
    public int? ProductGroupId { get; init; }

    [Required(ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Required))]
    [Range(typeof(decimal), "0", SectionLimits.MaxAmount, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Range))]
    public decimal? Amount { get; init; }
}

public sealed record SalesCost
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public CostCategory Category { get; init; }

    [StringLength(SectionLimits.Text, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxLength))]
    public string? Description { get; init; }

    [Required(ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Required))]
    [Range(typeof(decimal), "0", SectionLimits.MaxAmount, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Range))]
    public decimal? Amount { get; init; }
}

public enum CostCategory
{
    Travel,
    Events,
    Samples,
    Time,
    Other,
}
