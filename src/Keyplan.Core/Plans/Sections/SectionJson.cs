using System.Text.Json;
using System.Text.Json.Serialization;

namespace Keyplan.Core.Plans.Sections;

/// <summary>How section content is stored (and sent over the API): camelCase JSON, enums as names.</summary>
public static class SectionJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static string Serialize(SectionContent content) => JsonSerializer.Serialize(content, content.GetType(), Options);

    public static SectionContent Deserialize(SectionDefinition section, string json) =>
        (SectionContent?)JsonSerializer.Deserialize(json, section.ContentType, Options) ?? section.CreateEmpty();
}
