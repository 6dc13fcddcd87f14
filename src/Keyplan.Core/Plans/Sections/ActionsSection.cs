using System.ComponentModel.DataAnnotations;
using Keyplan.Core.Resources;

namespace Keyplan.Core.Plans.Sections;

/// <summary>11. Action plan. The budget section sums the actions' costs.</summary>
public sealed record ActionsSection : SectionContent
{
    [MaxLength(SectionLimits.Items, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxItems))]
    public IReadOnlyList<PlanAction> Actions { get; init => field = value ?? []; } = [];
}

public sealed record PlanAction
{
    public Guid Id { get; init; } = Guid.NewGuid();

    [Required(ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Required))]
    [StringLength(SectionLimits.ShortText, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxLength))]
    public string? Title { get; init; }

    /// <summary>The objective the action serves (<see cref="Objective.Id"/>).</summary>
    [References(ReferenceKind.Objective)]
    public Guid? ObjectiveId { get; init; }

    /// <summary>Top opportunities and risks the action addresses directly, by SWOT item id (<see cref="TopItem.ItemId"/>).</summary>
    [MaxLength(SectionLimits.Links, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxItems))]
    [References(ReferenceKind.TopItem)]
    public IReadOnlyList<Guid> Addresses { get; init => field = value ?? []; } = [];

    [StringLength(SectionLimits.UserId, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxLength))]
    [References(ReferenceKind.User)]
    public string? OwnerUserId { get; init; }

    public DateOnly? DueDate { get; init; }

    [Range(typeof(decimal), "0", SectionLimits.MaxAmount, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Range))]
    public decimal? Cost { get; init; }

    public ActionStatus Status { get; init; }

    /// <summary>What the action means commercially.</summary>
    [StringLength(SectionLimits.Text, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxLength))]
    public string? CommercialImpact { get; init; }
}

public enum ActionStatus
{
    Planned,
    InProgress,
    Done,
    Cancelled,
}
