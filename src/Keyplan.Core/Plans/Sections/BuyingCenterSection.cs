using System.ComponentModel.DataAnnotations;
using Keyplan.Core.Resources;

namespace Keyplan.Core.Plans.Sections;

/// <summary>
/// 6. Buying center and relationship map: our assessment of the account's contacts. Name, title, department and
/// reports-to stay on the contact (the org chart is drawn from them); only the assessment is stored here.
/// </summary>
public sealed record BuyingCenterSection : SectionContent, IValidatableObject
{
    [MaxLength(SectionLimits.Items, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxItems))]
    public IReadOnlyList<StakeholderAssessment> Stakeholders { get; init => field = value ?? []; } = [];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        SectionRules.Unique(Stakeholders, s => s.ContactId, "stakeholders", "contactId");
}

/// <summary>One contact of the account in the buying center. The contact is the key, so there is no separate id.</summary>
public sealed record StakeholderAssessment
{
    [Required(ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Required))]
    [References(ReferenceKind.Contact)]
    public int? ContactId { get; init; }

    [MaxLength(SectionLimits.Links, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxItems))]
    public IReadOnlyList<BuyingCenterRole> Roles { get; init => field = value ?? []; } = [];

    [MaxLength(SectionLimits.Links, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxItems))]
    public IReadOnlyList<BuyingInfluence> BuyingInfluences { get; init => field = value ?? []; } = [];

    /// <summary>Attitude towards us, −3 (hostile) to +3 (champion); 0 is neutral.</summary>
    [Range(SectionLimits.AttitudeMin, SectionLimits.AttitudeMax, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Range))]
    public int? Attitude { get; init; }

    public InfluenceLevel? Influence { get; init; }

    public RelationshipLevel? CurrentRelationship { get; init; }

    public RelationshipLevel? DesiredRelationship { get; init; }

    /// <summary>How the person is likely to respond to our proposal (Miller Heiman response modes).</summary>
    public ResponseMode? ResponseMode { get; init; }

    /// <summary>What the person wants to win personally.</summary>
    [StringLength(SectionLimits.Text, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxLength))]
    public string? PersonalWin { get; init; }

    /// <summary>The user on our side who owns the relationship.</summary>
    [StringLength(SectionLimits.UserId, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxLength))]
    [References(ReferenceKind.User)]
    public string? RelationshipOwnerUserId { get; init; }

    public DateOnly? LastContactDate { get; init; }
}

public enum BuyingCenterRole
{
    Initiator,
    User,
    Influencer,
    Decider,
    Approver,
    Buyer,
    Gatekeeper,
}

public enum BuyingInfluence
{
    EconomicBuyer,
    UserBuyer,
    TechnicalBuyer,
    Coach,
}

public enum InfluenceLevel
{
    Low,
    Medium,
    High,
}

/// <summary>How the person sees us, from the weakest to the strongest relationship.</summary>
public enum RelationshipLevel
{
    Vendor,
    CredibleSource,
    ProblemSolver,
    TrustedAdvisor,
}

public enum ResponseMode
{
    Growth,
    Trouble,
    EvenKeel,
    Overconfident,
}
