using System.ComponentModel.DataAnnotations;
using Keyplan.Core.Resources;

namespace Keyplan.Core.Plans.Sections;

/// <summary>1. Management summary: the KAM's short text; the key figures are drawn from the rest of the plan.</summary>
public sealed record SummarySection : SectionContent
{
    public const int TextMaxLength = 4000;

    [StringLength(TextMaxLength, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxLength))]
    public string? Text { get; init; }
}
