using System.ComponentModel.DataAnnotations;
using Keyplan.Core.Resources;

namespace Keyplan.Core.Plans.Sections;

/// <summary>
/// 8. SWOT and "so what?". Every item carries its implication for us. The KAM promotes opportunities to the top
/// opportunities, and threats or weaknesses to the top risks, and orders them: the list order is the ranking.
/// </summary>
public sealed record SwotSection : SectionContent, IValidatableObject
{
    [MaxLength(SectionLimits.Items, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxItems))]
    public IReadOnlyList<SwotItem> Strengths { get; init => field = value ?? []; } = [];

    [MaxLength(SectionLimits.Items, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxItems))]
    public IReadOnlyList<SwotItem> Weaknesses { get; init => field = value ?? []; } = [];

    [MaxLength(SectionLimits.Items, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxItems))]
    public IReadOnlyList<SwotItem> Opportunities { get; init => field = value ?? []; } = [];

    [MaxLength(SectionLimits.Items, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxItems))]
    public IReadOnlyList<SwotItem> Threats { get; init => field = value ?? []; } = [];

    /// <summary>Ranked, best first; each refers to one of <see cref="Opportunities"/>.</summary>
    [MaxLength(SectionLimits.TopItems, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxItems))]
    public IReadOnlyList<TopItem> TopOpportunities { get; init => field = value ?? []; } = [];

    /// <summary>Ranked, most serious first; each refers to one of <see cref="Threats"/> or <see cref="Weaknesses"/>.</summary>
    [MaxLength(SectionLimits.TopItems, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxItems))]
    public IReadOnlyList<TopItem> TopRisks { get; init => field = value ?? []; } = [];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var opportunities = Opportunities.Select(i => i.Id).ToHashSet();
        var risks = Threats.Concat(Weaknesses).Select(i => i.Id).ToHashSet();
        return SectionRules.Unique(Strengths, i => i.Id, "strengths", "id")
            .Concat(SectionRules.Unique(Weaknesses, i => i.Id, "weaknesses", "id"))
            .Concat(SectionRules.Unique(Opportunities, i => i.Id, "opportunities", "id"))
            .Concat(SectionRules.Unique(Threats, i => i.Id, "threats", "id"))
            .Concat(SectionRules.Known(TopOpportunities, t => t.ItemId, opportunities, "topOpportunities", "itemId"))
            .Concat(SectionRules.Unique(TopOpportunities, t => t.ItemId, "topOpportunities", "itemId"))
            .Concat(SectionRules.Known(TopRisks, t => t.ItemId, risks, "topRisks", "itemId"))
            .Concat(SectionRules.Unique(TopRisks, t => t.ItemId, "topRisks", "itemId"));
    }
}

public sealed record SwotItem
{
    public Guid Id { get; init; } = Guid.NewGuid();

    [Required(ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Required))]
    [StringLength(SectionLimits.Text, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxLength))]
    public string? Text { get; init; }

    /// <summary>"So what?": what the item means for us.</summary>
    [StringLength(SectionLimits.Text, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxLength))]
    public string? Implication { get; init; }
}

/// <summary>
/// A SWOT item promoted to the top opportunities or risks. Objectives and actions link to it by <see cref="ItemId"/>,
/// so the link survives re-ranking. Impact × likelihood suggests an order; the KAM decides it.
/// </summary>
public sealed record TopItem
{
    [Required(ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Required))]
    public Guid? ItemId { get; init; }

    [Range(SectionLimits.RatingMin, SectionLimits.RatingMax, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Range))]
    public int? Impact { get; init; }

    [Range(SectionLimits.RatingMin, SectionLimits.RatingMax, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Range))]
    public int? Likelihood { get; init; }
}
