using System.ComponentModel.DataAnnotations;
using Keyplan.Core.Resources;

namespace Keyplan.Core.Plans.Sections;

/// <summary>12. Visit and contact plan; the actual frequency is counted from the visits that are done.</summary>
public sealed record VisitsSection : SectionContent
{
    [Range(0, 365, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Range))]
    public int? TargetVisitsPerYear { get; init; }

    [MaxLength(SectionLimits.Items, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxItems))]
    public IReadOnlyList<PlannedVisit> Visits { get; init => field = value ?? []; } = [];
}

public sealed record PlannedVisit
{
    public Guid Id { get; init; } = Guid.NewGuid();

    [Required(ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Required))]
    public DateOnly? Date { get; init; }

    public VisitKind Kind { get; init; }

    /// <summary>With whom: the account's contacts.</summary>
    [MaxLength(SectionLimits.Links, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxItems))]
    [References(ReferenceKind.Contact)]
    public IReadOnlyList<int> ContactIds { get; init => field = value ?? []; } = [];

    [StringLength(SectionLimits.Text, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxLength))]
    public string? Goal { get; init; }

    /// <summary>Who of us attends.</summary>
    [MaxLength(SectionLimits.Links, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxItems))]
    [References(ReferenceKind.User)]
    public IReadOnlyList<string> AttendeeUserIds { get; init => field = value ?? []; } = [];

    public VisitStatus Status { get; init; }
}

public enum VisitKind
{
    Visit,
    Call,
    VideoCall,
    Event,
}

public enum VisitStatus
{
    Planned,
    Done,
    Cancelled,
}
