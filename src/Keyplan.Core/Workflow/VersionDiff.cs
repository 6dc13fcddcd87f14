using System.Text.Json.Nodes;
using Keyplan.Core.Audit;

namespace Keyplan.Core.Workflow;

public enum ItemChangeKind
{
    Added,
    Removed,
    Changed,
}

/// <summary>One field whose value differs: its path inside the item or section ("target", "owner.name"), old and new.</summary>
public sealed record FieldChange(string Field, string? Old, string? New);

/// <summary>
/// An item of a list that was added, removed or changed, or (with <paramref name="List"/> null) the section's own fields
/// that changed. Items are matched by their id, so a re-ordered list shows no change and a renamed item shows as changed.
/// </summary>
/// <param name="List">The list the item is in ("objectives"), or null for the section's plain fields.</param>
/// <param name="Label">The item's title, text or name, to recognise it by.</param>
public sealed record ItemChange(ItemChangeKind Kind, string? List, string? ItemId, string? Label, IReadOnlyList<FieldChange> Fields);

/// <summary>What differs in one section ("header" for the plan's own facts).</summary>
public sealed record SectionChanges(string Section, IReadOnlyList<ItemChange> Items);

/// <summary>Compares two snapshots of a plan (<see cref="VersionSnapshot"/>) section by section. Pure: no database.</summary>
public static class VersionDiff
{
    private static readonly string[] IdNames = ["id", "itemId", "contactId"];
    private static readonly string[] LabelNames = ["title", "text", "name", "description", "contactId"];

    /// <summary>Only the sections that differ, in document order.</summary>
    public static IReadOnlyList<SectionChanges> Compare(string before, string after)
    {
        var old = VersionSnapshot.Parts(before).ToDictionary(p => p.Key, p => p.Content, StringComparer.Ordinal);
        var result = new List<SectionChanges>();
        var keys = VersionSnapshot.Parts(after).Select(p => p.Key).Concat(old.Keys).Distinct(StringComparer.Ordinal).ToList();
        var current = VersionSnapshot.Parts(after).ToDictionary(p => p.Key, p => p.Content, StringComparer.Ordinal);
        foreach (var key in keys)
        {
            var items = CompareSection(old.GetValueOrDefault(key), current.GetValueOrDefault(key));
            if (items.Count > 0)
            {
                result.Add(new SectionChanges(key, items));
            }
        }

        return result;
    }

    public static IReadOnlyList<ItemChange> CompareSection(JsonObject? before, JsonObject? after)
    {
        var changes = new List<ItemChange>();
        var plainFields = new List<FieldChange>();
        var names = (after?.Select(p => p.Key) ?? []).Concat(before?.Select(p => p.Key) ?? []).Distinct(StringComparer.Ordinal);
        foreach (var name in names)
        {
            var oldValue = before?[name];
            var newValue = after?[name];
            if (IsItemList(oldValue) && IsItemList(newValue))
            {
                changes.AddRange(CompareItems(name, (JsonArray?)oldValue, (JsonArray?)newValue));
            }
            else
            {
                plainFields.AddRange(Leaves(oldValue, newValue, name));
            }
        }

        if (plainFields.Count > 0)
        {
            changes.Insert(0, new ItemChange(ItemChangeKind.Changed, null, null, null, plainFields));
        }

        return changes;
    }

    private static IEnumerable<ItemChange> CompareItems(string list, JsonArray? before, JsonArray? after)
    {
        var old = Keyed(before);
        var current = Keyed(after);
        foreach (var (id, item) in current)
        {
            if (!old.TryGetValue(id, out var previous))
            {
                yield return new ItemChange(ItemChangeKind.Added, list, id, Label(item), Leaves(null, item, "").ToList());
            }
            else if (Leaves(previous, item, "").ToList() is { Count: > 0 } fields)
            {
                yield return new ItemChange(ItemChangeKind.Changed, list, id, Label(item) ?? Label(previous), fields);
            }
        }

        foreach (var (id, item) in old.Where(o => !current.ContainsKey(o.Key)))
        {
            yield return new ItemChange(ItemChangeKind.Removed, list, id, Label(item), Leaves(item, null, "").ToList());
        }
    }

    /// <summary>A list whose items are objects with an id of their own (or an absent/empty list).</summary>
    private static bool IsItemList(JsonNode? node) =>
        node is null || node is JsonArray array && array.All(i => i is JsonObject obj && IdOf(obj) is not null);

    private static Dictionary<string, JsonObject> Keyed(JsonArray? items) =>
        (items ?? []).OfType<JsonObject>().DistinctBy(i => IdOf(i)).ToDictionary(i => IdOf(i)!, StringComparer.Ordinal);

    private static string? IdOf(JsonObject item) =>
        IdNames.Select(n => item[n]).OfType<JsonValue>().Select(v => v.ToString()).FirstOrDefault();

    private static string? Label(JsonObject item) =>
        LabelNames.Select(n => item[n]).OfType<JsonValue>().Select(v => v.ToString()).FirstOrDefault(t => t.Length > 0);

    private static IEnumerable<FieldChange> Leaves(JsonNode? before, JsonNode? after, string prefix)
    {
        var old = JsonLeaves.Flatten(before?.ToJsonString());
        var current = JsonLeaves.Flatten(after?.ToJsonString());
        // A plain value has the empty path: name it by its field.
        return current.Keys.Concat(old.Keys).Distinct(StringComparer.Ordinal)
            .Select(path => new FieldChange(Join(prefix, path), old.GetValueOrDefault(path), current.GetValueOrDefault(path)))
            .Where(c => c.Old != c.New);
    }

    private static string Join(string prefix, string path) =>
        prefix.Length == 0 ? path : path.Length == 0 ? prefix : path.StartsWith('[') ? prefix + path : $"{prefix}.{path}";
}
