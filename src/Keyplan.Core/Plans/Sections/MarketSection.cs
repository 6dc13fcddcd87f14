using System.ComponentModel.DataAnnotations;
using Keyplan.Core.Resources;

namespace Keyplan.Core.Plans.Sections;

/// <summary>4. Market and competition: the customer's market, our competitors at the account, and our own position.</summary>
public sealed record MarketSection : SectionContent, IValidatableObject
{
    public MarketPosition? MarketPosition { get; init; }

    public PricePositioning? PricePositioning { get; init; }

    /// <summary>How the customer serves its own customers.</summary>
    [StringLength(SectionLimits.LongText, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxLength))]
    public string? HowItServesCustomers { get; init; }

    /// <summary>The customer's own competitors in its market.</summary>
    [MaxLength(SectionLimits.Items, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxItems))]
    public IReadOnlyList<MarketCompetitor> CustomerCompetitors { get; init => field = value ?? []; } = [];

    /// <summary>Our competitors at this account.</summary>
    [MaxLength(SectionLimits.Items, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxItems))]
    public IReadOnlyList<AccountCompetitor> OurCompetitors { get; init => field = value ?? []; } = [];

    [StringLength(SectionLimits.LongText, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxLength))]
    public string? OurPosition { get; init; }

    [MaxLength(SectionLimits.Items, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxItems))]
    public IReadOnlyList<DatedItem> RecentSuccesses { get; init => field = value ?? []; } = [];

    /// <summary>How well the customer fits us, 1 (poorly) to 5 (very well).</summary>
    [Range(SectionLimits.RatingMin, SectionLimits.RatingMax, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Range))]
    public int? FitRating { get; init; }

    [StringLength(SectionLimits.Text, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxLength))]
    public string? FitComment { get; init; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (CustomerCompetitors.Sum(c => c.MarketSharePercent ?? 0) > 100)
        {
            yield return new ValidationResult(ValidationText.SharesOver100, ["customerCompetitors"]);
        }

        if (OurCompetitors.Sum(c => c.ShareOfWalletPercent ?? 0) > 100)
        {
            yield return new ValidationResult(ValidationText.SharesOver100, ["ourCompetitors"]);
        }
    }
}

public sealed record MarketCompetitor
{
    public Guid Id { get; init; } = Guid.NewGuid();

    [Required(ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Required))]
    [StringLength(SectionLimits.ShortText, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxLength))]
    public string? Name { get; init; }

    [Range(typeof(decimal), "0", "100", ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Range))]
    public decimal? MarketSharePercent { get; init; }

    [StringLength(SectionLimits.Text, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxLength))]
    public string? Comment { get; init; }
}

public sealed record AccountCompetitor
{
    public Guid Id { get; init; } = Guid.NewGuid();

    [Required(ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Required))]
    [StringLength(SectionLimits.ShortText, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxLength))]
    public string? Name { get; init; }

    /// <summary>Our estimate of the competitor's share of the customer's purchases in our categories.</summary>
    [Range(typeof(decimal), "0", "100", ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Range))]
    public decimal? ShareOfWalletPercent { get; init; }

    [StringLength(SectionLimits.Text, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxLength))]
    public string? Strengths { get; init; }

    [StringLength(SectionLimits.Text, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxLength))]
    public string? Weaknesses { get; init; }
}

public enum MarketPosition
{
    Leader,
    Challenger,
    Follower,
    Niche,
}

public enum PricePositioning
{
    QualityPlayer,
    Discounter,
}
