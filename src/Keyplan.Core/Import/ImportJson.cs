using System.Text.Json;
using System.Text.Json.Serialization;

namespace Keyplan.Core.Import;

/// <summary>The JSON columns of <see cref="ImportBatch"/>.</summary>
internal static class ImportJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static Dictionary<string, string> Mapping(string json) =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(json, Options) ?? [];

    public static ImportSummary Summary(string json) =>
        JsonSerializer.Deserialize<ImportSummary>(json, Options) ?? new ImportSummary([], 0, [], [], []);
}
