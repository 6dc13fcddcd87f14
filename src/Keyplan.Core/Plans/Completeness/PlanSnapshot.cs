using Keyplan.Core.Plans.Sections;

namespace Keyplan.Core.Plans.Completeness;

/// <summary>
/// What the completeness check reads of a plan: the sections of its template version and when it last changed. Sections
/// the template switches off are not in <see cref="Sections"/>, and the checks skip them.
/// </summary>
public sealed record PlanSnapshot(
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    int ReviewIntervalMonths,
    DateTimeOffset UpdatedAt,
    IReadOnlyDictionary<string, SectionContent> Sections)
{
    /// <summary>The section's content, or its empty content when the template leaves it out.</summary>
    public T Section<T>(string key) where T : SectionContent, new() =>
        Sections.TryGetValue(key, out var content) && content is T typed ? typed : new T();

    public bool Has(string key) => Sections.ContainsKey(key);
}
