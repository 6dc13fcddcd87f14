using System.Globalization;
using System.Text.Json.Nodes;

namespace Keyplan.Core.Audit;

/// <summary>
/// Flattens a JSON document into its leaf values by path, so two versions of a plan section compare field by field.
/// List items that carry an "id" are addressed by it ("objectives[3f2…].target"), so reordering a list or removing an
/// item names exactly the items that changed rather than shifting every index after it.
/// </summary>
public static class JsonLeaves
{
    public static IReadOnlyDictionary<string, string> Flatten(string? json)
    {
        var leaves = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!string.IsNullOrWhiteSpace(json))
        {
            Add(JsonNode.Parse(json), "", leaves);
        }

        return leaves;
    }

    /// <summary>The fields whose value differs between two documents, in path order.</summary>
    public static IEnumerable<AuditChange> Diff(string? before, string? after, string prefix)
    {
        var old = Flatten(before);
        var current = Flatten(after);
        return old.Keys.Union(current.Keys).Order(StringComparer.Ordinal)
            .Select(path => new AuditChange(Join(prefix, path), old.GetValueOrDefault(path), current.GetValueOrDefault(path)))
            .Where(change => change.Old != change.New);
    }

    private static void Add(JsonNode? node, string path, Dictionary<string, string> leaves)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj)
                {
                    Add(value, Join(path, name), leaves);
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    Add(array[i], $"{path}[{ItemKey(array[i], i)}]", leaves);
                }

                break;
            case JsonValue value:
                leaves[path] = value.GetValueKind() == System.Text.Json.JsonValueKind.String ? value.GetValue<string>() : value.ToJsonString();
                break;
        }
    }

    private static string ItemKey(JsonNode? item, int index) =>
        item is JsonObject obj && obj.TryGetPropertyValue("id", out var id) && id is JsonValue value
            ? value.ToString()
            : index.ToString(CultureInfo.InvariantCulture);

    private static string Join(string prefix, string name) => prefix.Length == 0 ? name : name.Length == 0 ? prefix : $"{prefix}.{name}";
}
