using System.ComponentModel.DataAnnotations;
using Keyplan.Core.Resources;

namespace Keyplan.Core.Plans.Sections;

/// <summary>One entry of a plain list (a goal, a buying motive, an option); the id lets other items link to it.</summary>
public sealed record TextItem
{
    public Guid Id { get; init; } = Guid.NewGuid();

    [Required(ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Required))]
    [StringLength(SectionLimits.Text, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxLength))]
    public string? Text { get; init; }
}

/// <summary>Something that happened, or will: a key event of the relationship, a recent sales success.</summary>
public sealed record DatedItem
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public DateOnly? Date { get; init; }

    [Required(ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Required))]
    [StringLength(SectionLimits.Text, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxLength))]
    public string? Text { get; init; }
}

/// <summary>Rules across the items of a list, which attributes on one item cannot see.</summary>
internal static class SectionRules
{
    /// <summary>An error at every item whose key (ignoring null) already occurred earlier in the list.</summary>
    /// <param name="path">The list's API path ("topRisks").</param>
    /// <param name="field">The item's field that holds the key ("itemId"), where the error is shown.</param>
    public static IEnumerable<ValidationResult> Unique<T>(IReadOnlyList<T> items, Func<T, object?> key, string path, string field)
    {
        var seen = new HashSet<object>();
        for (var i = 0; i < items.Count; i++)
        {
            if (key(items[i]) is { } value && !seen.Add(value))
            {
                yield return new ValidationResult(ValidationText.DuplicateEntry, [$"{path}[{i}].{field}"]);
            }
        }
    }

    /// <summary>An error at every item whose link (ignoring null) is not one of the known ids.</summary>
    public static IEnumerable<ValidationResult> Known<T>(IReadOnlyList<T> items, Func<T, Guid?> link, IReadOnlySet<Guid> known, string path, string field)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (link(items[i]) is { } id && !known.Contains(id))
            {
                yield return new ValidationResult(ValidationText.UnknownItem, [$"{path}[{i}].{field}"]);
            }
        }
    }
}
