using System.ComponentModel.DataAnnotations;
using Keyplan.Core.Resources;

namespace Keyplan.Core.Selection;

public sealed class CriterionInput
{
    [Required(ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Required))]
    public CriterionGroup? Group { get; set; }

    [Required(ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Required))]
    [MaxLength(SelectionCriterion.NameMaxLength, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxLength))]
    public string? Name { get; set; }

    [Required(ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Required))]
    [Range(typeof(decimal), "0.01", "1000", ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Range))]
    public decimal? Weight { get; set; }

    /// <summary>Up to ten descriptions for levels 1..10; missing or empty ones leave the level undescribed.</summary>
    public List<string?> LevelDescriptions { get; set; } = [];

    public static CriterionInput From(CriterionDetails criterion) => new()
    {
        Group = criterion.Group,
        Name = criterion.Name,
        Weight = criterion.Weight,
        LevelDescriptions = [.. criterion.LevelDescriptions],
    };
}

public sealed record CriterionDetails(int Id, CriterionGroup Group, string Name, decimal Weight, IReadOnlyList<string> LevelDescriptions, int Version)
{
    public static CriterionDetails From(SelectionCriterion c) =>
        new(c.Id, c.Group, c.Name, c.Weight, CriterionRules.PadLevels(c.LevelDescriptions), c.Version);
}
