using System.ComponentModel.DataAnnotations;
using Keyplan.Core.Accounts;
using Keyplan.Core.Resources;

namespace Keyplan.Core.Plans.Sections;

/// <summary>
/// 3. Customer history and financials. Our revenue and contribution margin per year are the account's revenue rows;
/// this section holds only what is not there: the customer's total purchase volume in our categories (from which share
/// of wallet is computed) and the relationship.
/// </summary>
public sealed record HistorySection : SectionContent, IValidatableObject
{
    [MaxLength(SectionLimits.Items, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxItems))]
    public IReadOnlyList<PurchaseVolume> PurchaseVolumes { get; init => field = value ?? []; } = [];

    [Range(RevenueRecord.MinYear, RevenueRecord.MaxYear, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Range))]
    public int? CustomerSinceYear { get; init; }

    /// <summary>How close the relationship is, 1 (distant) to 5 (very close).</summary>
    [Range(SectionLimits.RatingMin, SectionLimits.RatingMax, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Range))]
    public int? Closeness { get; init; }

    public RelationshipStage? Stage { get; init; }

    /// <summary>On the scale of its source (e.g. an NPS from −100 to 100, or a survey score out of 10).</summary>
    [Range(typeof(decimal), "-100", "100", ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Range))]
    public decimal? SatisfactionScore { get; init; }

    /// <summary>Where the score comes from, e.g. "customer survey 2025".</summary>
    [StringLength(SectionLimits.ShortText, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxLength))]
    public string? SatisfactionSource { get; init; }

    [MaxLength(SectionLimits.Items, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxItems))]
    public IReadOnlyList<DatedItem> KeyEvents { get; init => field = value ?? []; } = [];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        SectionRules.Unique(PurchaseVolumes, v => v.Year, "purchaseVolumes", "year");
}

/// <summary>The customer's total purchases in our product categories in one year, from all suppliers.</summary>
public sealed record PurchaseVolume
{
    [Required(ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Required))]
    [Range(RevenueRecord.MinYear, RevenueRecord.MaxYear, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Range))]
    public int? Year { get; init; }

    [Required(ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Required))]
    [Range(typeof(decimal), "0", SectionLimits.MaxAmount, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Range))]
    public decimal? Amount { get; init; }
}

public enum RelationshipStage
{
    Transactional,
    Early,
    Mid,
    Partnership,
    Synergistic,
}
