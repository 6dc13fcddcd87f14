using System.Text.Json;
using System.Text.Json.Serialization;

namespace Keyplan.Core.Plans.Sections;

/// <summary>How section content is stored (and sent over the API): camelCase JSON, enums as names.</summary>
public static class SectionJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        // Only named values: a number could store a value no enum member has.
        Converters = { new JsonStringEnumConverter(namingPolicy: null, allowIntegerValues: false) },
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static string Serialize(SectionContent content) => JsonSerializer.Serialize(content, content.GetType(), Options);

    public static SectionContent Deserialize(SectionDefinition section, string json) =>
        (SectionContent?)JsonSerializer.Deserialize(json, section.ContentType, Options) ?? section.CreateEmpty();
}
