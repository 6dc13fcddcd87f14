using System.ComponentModel.DataAnnotations;
using Keyplan.Core.Resources;

namespace Keyplan.Core.Plans.Sections;

/// <summary>10. Strategy: for each objective, what we sell to whom, with which arguments, through which channel, on which conditions.</summary>
public sealed record StrategySection : SectionContent
{
    [MaxLength(SectionLimits.Items, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxItems))]
    public IReadOnlyList<StrategyEntry> Entries { get; init => field = value ?? []; } = [];
}

public sealed record StrategyEntry
{
    public Guid Id { get; init; } = Guid.NewGuid();

    /// <summary>The objective this works towards (<see cref="Objective.Id"/>).</summary>
    [Required(ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Required))]
    [References(ReferenceKind.Objective)]
    public Guid? ObjectiveId { get; init; }

    [StringLength(SectionLimits.Text, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxLength))]
    public string? WhatWeSell { get; init; }

    /// <summary>To whom: the account's contacts we sell to.</summary>
    [MaxLength(SectionLimits.Links, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxItems))]
    [References(ReferenceKind.Contact)]
    public IReadOnlyList<int> ContactIds { get; init => field = value ?? []; } = [];

    /// <summary>Positioning and value proposition.</summary>
    [StringLength(SectionLimits.LongText, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxLength))]
    public string? Arguments { get; init; }

    public SalesChannel? Channel { get; init; }

    /// <summary>Conditions and pricing.</summary>
    [StringLength(SectionLimits.Text, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxLength))]
    public string? Conditions { get; init; }
}

public enum SalesChannel
{
    Direct,
    Partner,
    ECommerce,
    Other,
}
