using System.Text.Json;
using Keyplan.Core.Plans.Sections;

namespace Keyplan.Core.Plans.Templates;

public enum CustomFieldType
{
    Text,
    Number,
    Date,
    Choice,
}

/// <param name="Id">Stable within the template's versions: section content stores values under it.</param>
/// <param name="Options">The values a choice field offers; empty for other types.</param>
public sealed record CustomFieldDefinition(string Id, string Label, CustomFieldType Type, IReadOnlyList<string> Options, bool Required = false);

/// <summary>A section the template switches on, with the custom fields it adds to the section.</summary>
public sealed record TemplateSection(string Key, IReadOnlyList<CustomFieldDefinition> CustomFields);

/// <summary>What a template version gives a plan: the sections switched on (in document order) and their custom fields.</summary>
public sealed record TemplateDefinition(IReadOnlyList<TemplateSection> Sections)
{
    private static readonly JsonSerializerOptions Json = SectionJson.Options;

    public static TemplateDefinition FromJson(string json) =>
        JsonSerializer.Deserialize<TemplateDefinition>(json, Json) ?? new TemplateDefinition([]);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>The catalog's sections this definition switches on, in document order.</summary>
    public IReadOnlyList<SectionDefinition> SectionsOn() =>
        SectionCatalog.All.Where(s => Sections.Any(t => string.Equals(t.Key, s.Key, StringComparison.OrdinalIgnoreCase))).ToList();

    public bool Has(string key) => Sections.Any(s => string.Equals(s.Key, key, StringComparison.OrdinalIgnoreCase));

    /// <summary>The custom fields of a section; none when the section is off or has none.</summary>
    public IReadOnlyList<CustomFieldDefinition> FieldsOf(string key) =>
        Sections.FirstOrDefault(s => string.Equals(s.Key, key, StringComparison.OrdinalIgnoreCase))?.CustomFields ?? [];
}
