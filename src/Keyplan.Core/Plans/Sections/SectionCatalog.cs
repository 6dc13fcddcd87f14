namespace Keyplan.Core.Plans.Sections;

/// <summary>Every section a plan can have, in document order (SPEC §2).</summary>
public static class SectionCatalog
{
    public static IReadOnlyList<SectionDefinition> All { get; } =
    [
        new(SectionKeys.Summary, 1, null, typeof(SummarySection), InLightTemplate: false),
    ];

    private static readonly Dictionary<string, SectionDefinition> ByKey =
        All.ToDictionary(s => s.Key, StringComparer.OrdinalIgnoreCase);

    public static SectionDefinition? Find(string key) => ByKey.GetValueOrDefault(key);
}
