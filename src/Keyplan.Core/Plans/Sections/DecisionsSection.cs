using System.ComponentModel.DataAnnotations;
using Keyplan.Core.Resources;

namespace Keyplan.Core.Plans.Sections;

/// <summary>16. Decision requests: topics for management that concern budget or are business critical.</summary>
public sealed record DecisionsSection : SectionContent
{
    [MaxLength(SectionLimits.Items, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxItems))]
    public IReadOnlyList<DecisionRequest> Requests { get; init => field = value ?? []; } = [];
}

public sealed record DecisionRequest
{
    public Guid Id { get; init; } = Guid.NewGuid();

    [Required(ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Required))]
    [StringLength(SectionLimits.ShortText, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxLength))]
    public string? Title { get; init; }

    public DecisionRequestKind? Kind { get; init; }

    [Range(typeof(decimal), "0", SectionLimits.MaxAmount, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Range))]
    public decimal? Amount { get; init; }

    [StringLength(SectionLimits.LongText, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxLength))]
    public string? Rationale { get; init; }

    [MaxLength(SectionLimits.Links, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxItems))]
    public IReadOnlyList<TextItem> Options { get; init => field = value ?? []; } = [];

    [StringLength(SectionLimits.Text, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxLength))]
    public string? Recommendation { get; init; }

    public DecisionOutcome Decision { get; init; }

    public DateOnly? DecisionDate { get; init; }

    [StringLength(SectionLimits.UserId, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxLength))]
    [References(ReferenceKind.User)]
    public string? DeciderUserId { get; init; }
}

public enum DecisionRequestKind
{
    Budget,
    BusinessCritical,
}

public enum DecisionOutcome
{
    Pending,
    Approved,
    Rejected,
    Deferred,
}
