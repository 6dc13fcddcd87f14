using System.ComponentModel.DataAnnotations;
using Keyplan.Core.Resources;

namespace Keyplan.Core.Plans.Sections;

/// <summary>17. Communication plan: who is informed about the plan, with what, to what end, how, how often, by whom.</summary>
public sealed record CommunicationSection : SectionContent
{
    [MaxLength(SectionLimits.Items, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxItems))]
    public IReadOnlyList<CommunicationEntry> Entries { get; init => field = value ?? []; } = [];
}

public sealed record CommunicationEntry
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public CommunicationAudience Audience { get; init; }

    /// <summary>An external stakeholder who is a contact of the account.</summary>
    [References(ReferenceKind.Contact)]
    public int? ContactId { get; init; }

    /// <summary>Who, where it is no single contact: "management board", "customer's purchasing team".</summary>
    [StringLength(SectionLimits.ShortText, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxLength))]
    public string? Stakeholder { get; init; }

    [Required(ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Required))]
    [StringLength(SectionLimits.Text, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxLength))]
    public string? Content { get; init; }

    [StringLength(SectionLimits.Text, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxLength))]
    public string? Purpose { get; init; }

    public CommunicationForm? Form { get; init; }

    public CommunicationFrequency? Frequency { get; init; }

    [StringLength(SectionLimits.UserId, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxLength))]
    [References(ReferenceKind.User)]
    public string? OwnerUserId { get; init; }
}

public enum CommunicationAudience
{
    Internal,
    External,
}

public enum CommunicationForm
{
    Meeting,
    Presentation,
    Email,
    Report,
    Other,
}

public enum CommunicationFrequency
{
    Once,
    Weekly,
    Monthly,
    Quarterly,
    HalfYearly,
    Yearly,
    EachReview,
    AsNeeded,
}
