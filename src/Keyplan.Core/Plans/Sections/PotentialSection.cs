using System.ComponentModel.DataAnnotations;
using Keyplan.Core.Resources;

namespace Keyplan.Core.Plans.Sections;

/// <summary>
/// 7. Potential and whitespace. A row of the whitespace grid is a division or site of the customer: a child account
/// (<see cref="WhitespaceCell.AccountId"/>), or a division named freely where it is not an account of its own; with
/// neither, the row is the account as a whole. Current revenue per cell comes from the account's revenue rows.
/// </summary>
public sealed record PotentialSection : SectionContent, IValidatableObject
{
    /// <summary>The customer's own growth and goals.</summary>
    [StringLength(SectionLimits.LongText, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxLength))]
    public string? CustomerGrowth { get; init; }

    /// <summary>The maximum achievable revenue per product group and, where the customer has divisions, per division.</summary>
    [MaxLength(SectionLimits.Items, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxItems))]
    public IReadOnlyList<RevenuePotential> Potentials { get; init => field = value ?? []; } = [];

    [MaxLength(SectionLimits.Items, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxItems))]
    public IReadOnlyList<WhitespaceCell> Whitespace { get; init => field = value ?? []; } = [];

    /// <summary>What we must do to realise the potential.</summary>
    [MaxLength(SectionLimits.Items, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxItems))]
    public IReadOnlyList<TextItem> Activities { get; init => field = value ?? []; } = [];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        SectionRules.Unique(Potentials, p => (p.AccountId, p.Division, p.ProductGroupId), "potentials", "productGroupId")
            .Concat(SectionRules.Unique(Whitespace, c => (c.AccountId, c.Division, c.ProductGroupId), "whitespace", "productGroupId"));
}

public sealed record RevenuePotential
{
    public Guid Id { get; init; } = Guid.NewGuid();

    [Required(ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Required))]
    [References(ReferenceKind.ProductGroup)]
    public int? ProductGroupId { get; init; }

    /// <summary>A child account as the division; null with no <see cref="Division"/> means the account as a whole.</summary>
    [References(ReferenceKind.Account)]
    public int? AccountId { get; init; }

    /// <summary>A division or site that is not an account of its own.</summary>
    [StringLength(SectionLimits.ShortText, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxLength))]
    public string? Division { get; init; }

    [Required(ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Required))]
    [Range(typeof(decimal), "0", SectionLimits.MaxAmount, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Range))]
    public decimal? MaximumRevenue { get; init; }
}

/// <summary>One cell of the whitespace grid: division (row) × product group (column).</summary>
public sealed record WhitespaceCell
{
    public Guid Id { get; init; } = Guid.NewGuid();

    /// <summary>A child account as the row; null with no <see cref="Division"/> means the account as a whole.</summary>
    [References(ReferenceKind.Account)]
    public int? AccountId { get; init; }

    [StringLength(SectionLimits.ShortText, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxLength))]
    public string? Division { get; init; }

    [Required(ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Required))]
    [References(ReferenceKind.ProductGroup)]
    public int? ProductGroupId { get; init; }

    [Required(ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Required))]
    public WhitespaceState? State { get; init; }

    /// <summary>The opportunity's value, for <see cref="WhitespaceState.Opportunity"/>.</summary>
    [Range(typeof(decimal), "0", SectionLimits.MaxAmount, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Range))]
    public decimal? Value { get; init; }

    /// <summary>Who supplies instead, for <see cref="WhitespaceState.CompetitorSupplies"/>.</summary>
    [StringLength(SectionLimits.ShortText, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxLength))]
    public string? Competitor { get; init; }
}

public enum WhitespaceState
{
    WeSupply,
    Opportunity,
    CompetitorSupplies,
    NotRelevant,
}
