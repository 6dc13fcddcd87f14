using System.ComponentModel.DataAnnotations;
using Keyplan.Core.Resources;

namespace Keyplan.Core.Plans.Sections;

/// <summary>13. Added-value offering and commitments.</summary>
public sealed record ValueOfferingSection : SectionContent
{
    [MaxLength(SectionLimits.Items, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxItems))]
    public IReadOnlyList<ValueAddedService> Services { get; init => field = value ?? []; } = [];

    [MaxLength(SectionLimits.Items, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxItems))]
    public IReadOnlyList<Commitment> Commitments { get; init => field = value ?? []; } = [];
}

/// <summary>A value-added service offered to the account (training, consignment stock, joint development, …).</summary>
public sealed record ValueAddedService
{
    public Guid Id { get; init; } = Guid.NewGuid();

    [Required(ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Required))]
    [StringLength(SectionLimits.ShortText, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxLength))]
    public string? Service { get; init; }

    [StringLength(SectionLimits.Text, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxLength))]
    public string? Description { get; init; }

    public ServiceStatus Status { get; init; }
}

public sealed record Commitment
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public CommitmentParty By { get; init; }

    [Required(ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Required))]
    [StringLength(SectionLimits.Text, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxLength))]
    public string? Text { get; init; }

    public DateOnly? DueDate { get; init; }

    public CommitmentStatus Status { get; init; }
}

/// <summary>The implementation status of a value-added service.</summary>
public enum ServiceStatus
{
    Offered,
    Agreed,
    InImplementation,
    Implemented,
    Declined,
}

public enum CommitmentParty
{
    Us,
    Customer,
}

public enum CommitmentStatus
{
    Open,
    InProgress,
    Fulfilled,
    Cancelled,
}
