using System.ComponentModel.DataAnnotations;
using Keyplan.Core.Resources;

namespace Keyplan.Core.Plans.Sections;

/// <summary>
/// 14. Budget and cost plan. The cost of the actions is summed from the action plan, not copied; this section holds
/// the other sales costs and the planned contribution margin they are set against.
/// </summary>
public sealed record BudgetSection : SectionContent
{
    [MaxLength(SectionLimits.Items, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxItems))]
    public IReadOnlyList<SalesCost> OtherCosts { get; init => field = value ?? []; } = [];

    [Range(typeof(decimal), SectionLimits.MinAmount, SectionLimits.MaxAmount, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Range))]
    public decimal? PlannedContributionMargin { get; init; }
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
