using System.ComponentModel.DataAnnotations;
using Keyplan.Core.Resources;

namespace Keyplan.Core.Plans.Sections;

/// <summary>
/// 2. Customer profile. Industry and number of employees are the account's own fields and primary contacts are the
/// account's contacts, so they are linked or shown from there, not copied.
/// </summary>
public sealed record ProfileSection : SectionContent
{
    [StringLength(SectionLimits.LongText, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxLength))]
    public string? BusinessModel { get; init; }

    [StringLength(SectionLimits.LongText, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxLength))]
    public string? ProductsAndServices { get; init; }

    [StringLength(SectionLimits.Text, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxLength))]
    public string? Mission { get; init; }

    [StringLength(SectionLimits.Text, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxLength))]
    public string? Vision { get; init; }

    /// <summary>The customer's own strategy.</summary>
    [StringLength(SectionLimits.LongText, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxLength))]
    public string? Strategy { get; init; }

    public CustomerChallenges Challenges { get; init => field = value ?? new(); } = new();

    [MaxLength(SectionLimits.Items, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxItems))]
    public IReadOnlyList<TextItem> BuyingMotives { get; init => field = value ?? []; } = [];

    /// <summary>Company culture and atmosphere.</summary>
    [StringLength(SectionLimits.LongText, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxLength))]
    public string? Culture { get; init; }

    [MaxLength(SectionLimits.Items, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxItems))]
    public IReadOnlyList<CustomerLocation> Locations { get; init => field = value ?? []; } = [];

    /// <summary>The account's contacts who are the main points of contact.</summary>
    [MaxLength(SectionLimits.Links, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxItems))]
    [References(ReferenceKind.Contact)]
    public IReadOnlyList<int> PrimaryContactIds { get; init => field = value ?? []; } = [];
}

/// <summary>What drives the customer: its goals, the pressures on it, its initiatives and what stands in their way.</summary>
public sealed record CustomerChallenges
{
    [MaxLength(SectionLimits.Items, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxItems))]
    public IReadOnlyList<TextItem> Goals { get; init => field = value ?? []; } = [];

    [MaxLength(SectionLimits.Items, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxItems))]
    public IReadOnlyList<TextItem> Pressures { get; init => field = value ?? []; } = [];

    [MaxLength(SectionLimits.Items, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxItems))]
    public IReadOnlyList<TextItem> Initiatives { get; init => field = value ?? []; } = [];

    [MaxLength(SectionLimits.Items, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxItems))]
    public IReadOnlyList<TextItem> Obstacles { get; init => field = value ?? []; } = [];
}

public sealed record CustomerLocation
{
    public Guid Id { get; init; } = Guid.NewGuid();

    [Required(ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Required))]
    [StringLength(SectionLimits.ShortText, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxLength))]
    public string? Name { get; init; }

    [StringLength(SectionLimits.ShortText, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxLength))]
    public string? City { get; init; }

    /// <summary>Two-letter country code, as on the account.</summary>
    [RegularExpression("^[A-Za-z]{2}$", ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.CountryCode))]
    public string? Country { get; init; }

    public LocationKind? Kind { get; init; }
}

public enum LocationKind
{
    Headquarters,
    Production,
    Warehouse,
    SalesOffice,
    ResearchAndDevelopment,
    Store,
    Other,
}
