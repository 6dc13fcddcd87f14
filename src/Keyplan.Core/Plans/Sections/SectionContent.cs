using System.Text.Json.Serialization;

namespace Keyplan.Core.Plans.Sections;

/// <summary>
/// The content of one plan section. Each section is one record type, stored as a JSON document with its own version,
/// so two people editing different sections never collide and a stale save of one section is refused on its own.
/// Content links to what exists elsewhere (contacts, users, product groups, other items of the plan) by id.
/// </summary>
public abstract record SectionContent
{
    /// <summary>
    /// Values of the custom fields the plan's template version adds to the section, by field id, as invariant text
    /// (see <see cref="Templates.CustomFieldRules"/>). Left out of the JSON when there are none.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, string?>? CustomFields { get; init; }
}
