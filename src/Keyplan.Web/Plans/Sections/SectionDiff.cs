using System.Globalization;
using System.Text.Json.Nodes;
using Keyplan.Core.Plans.Sections;

namespace Keyplan.Web.Plans.Sections;

/// <summary>One step of the way to a changed value: a field (named as in the API, e.g. "target") or a list item.</summary>
public sealed record DiffSegment(string Text, bool IsField);

/// <summary>
/// A value that differs between the other person's version and the user's. <see cref="TheyChanged"/> says whether the other
/// person changed it (rather than only the user), so the conflict view can point at what is new.
/// </summary>
public sealed record SectionChange(IReadOnlyList<DiffSegment> Path, string? Theirs, string? Yours, bool TheyChanged);

/// <summary>
/// Compares two versions of a section field by field and list item by list item (items matched by their id, so a
/// re-ordered or renamed item is recognised), for the conflict view: what someone else saved against what the user has.
/// </summary>
public static class SectionDiff
{
    private static readonly string[] IdNames = ["id", "itemId", "year"];
    private static readonly string[] LabelNames = ["title", "text", "name", "date", "year"];

    /// <summary>Items without an id of their own are keyed by the contact they assess (the buying center's stakeholders).</summary>
    private const string ContactKey = "contactId";

    public const string OrderField = "order";

    /// <param name="baseline">The version the user started from.</param>
    /// <param name="theirs">What someone else saved in between.</param>
    /// <param name="yours">The user's unsaved content.</param>
    /// <param name="resolve">Names for linked values (contacts, users) that the section does not hold itself.</param>
    public static IReadOnlyList<SectionChange> Compare(
        SectionContent baseline, SectionContent theirs, SectionContent yours, Func<string, string?>? resolve = null)
    {
        var baseNode = JsonNode.Parse(SectionJson.Serialize(baseline));
        var theirNode = JsonNode.Parse(SectionJson.Serialize(theirs));
        var yourNode = JsonNode.Parse(SectionJson.Serialize(yours));
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        CollectLabels(theirNode, labels);
        CollectLabels(yourNode, labels);
        CollectLabels(baseNode, labels);
        string? Show(JsonNode? node) => Display(node, labels, resolve);

        var theyChanged = new HashSet<string>(StringComparer.Ordinal);
        var baseChanges = new List<(IReadOnlyList<DiffSegment> Path, string? A, string? B)>();
        Walk(baseNode, theirNode, [], baseChanges, Show);
        foreach (var change in baseChanges)
        {
            theyChanged.Add(Key(change.Path));
        }

        var changes = new List<(IReadOnlyList<DiffSegment> Path, string? A, string? B)>();
        Walk(theirNode, yourNode, [], changes, Show);
        return changes.Select(c => new SectionChange(c.Path, c.A, c.B, theyChanged.Contains(Key(c.Path)))).ToList();
    }

    private static string Key(IReadOnlyList<DiffSegment> path) => string.Join("/", path.Select(s => s.Text));

    private static void Walk(
        JsonNode? a, JsonNode? b, List<DiffSegment> path, List<(IReadOnlyList<DiffSegment>, string?, string?)> changes, Func<JsonNode?, string?> show)
    {
        switch (a, b)
        {
            case (JsonObject left, JsonObject right):
                foreach (var name in left.Select(p => p.Key).Union(right.Select(p => p.Key)))
                {
                    Walk(left[name], right[name], [.. path, new DiffSegment(name, IsField: true)], changes, show);
                }

                break;
            case (JsonArray left, JsonArray right) when IsKeyed(left) && IsKeyed(right):
                WalkItems(left, right, path, changes, show);
                break;
            case (JsonArray left, JsonArray right):
                // A list of links or values: the same values in another order are no change.
                var leftValues = left.Select(show).Order(StringComparer.Ordinal).ToList();
                var rightValues = right.Select(show).Order(StringComparer.Ordinal).ToList();
                if (!leftValues.SequenceEqual(rightValues))
                {
                    changes.Add((path, show(a), show(b)));
                }

                break;
            default:
                if (!JsonNode.DeepEquals(a, b) && !(IsEmpty(a) && IsEmpty(b)))
                {
                    changes.Add((path, show(a), show(b)));
                }

                break;
        }
    }

    private static void WalkItems(
        JsonArray left, JsonArray right, List<DiffSegment> path, List<(IReadOnlyList<DiffSegment>, string?, string?)> changes, Func<JsonNode?, string?> show)
    {
        var leftById = left.OfType<JsonObject>().ToDictionary(ItemKey, StringComparer.Ordinal);
        var rightById = right.OfType<JsonObject>().ToDictionary(ItemKey, StringComparer.Ordinal);
        foreach (var id in leftById.Keys.Union(rightById.Keys))
        {
            var l = leftById.GetValueOrDefault(id);
            var r = rightById.GetValueOrDefault(id);
            var itemPath = new List<DiffSegment>(path) { new(show(l ?? r) ?? id, IsField: false) };
            var keyName = KeyName((l ?? r)!);
            if (l is null || r is null)
            {
                changes.Add((itemPath, l is null ? null : show(l), r is null ? null : show(r)));
            }
            else
            {
                foreach (var name in l.Select(p => p.Key).Union(r.Select(p => p.Key)).Where(n => !IdNames.Contains(n) && n != keyName))
                {
                    Walk(l[name], r[name], [.. itemPath, new DiffSegment(name, IsField: true)], changes, show);
                }
            }
        }

        var leftOrder = leftById.Keys.Where(rightById.ContainsKey).ToList();
        var rightOrder = rightById.Keys.Where(leftById.ContainsKey).ToList();
        if (!leftOrder.SequenceEqual(rightOrder))
        {
            changes.Add(([.. path, new DiffSegment(OrderField, IsField: true)],
                string.Join(" › ", leftOrder.Select(id => show(leftById[id]))),
                string.Join(" › ", rightOrder.Select(id => show(rightById[id])))));
        }
    }

    private static bool IsKeyed(JsonArray array) =>
        array.Count > 0 && array.All(n => n is JsonObject o && KeyName(o) is not null);

    private static string? KeyName(JsonObject item) =>
        IdNames.Append(ContactKey).FirstOrDefault(n => item[n] is not null);

    private static string ItemKey(JsonObject item) =>
        KeyName(item) is { } name ? item[name]!.ToJsonString() : item.ToJsonString();

    private static bool IsEmpty(JsonNode? node) =>
        node is null || (node is JsonValue v && v.TryGetValue<string>(out var s) && string.IsNullOrEmpty(s));

    private static void CollectLabels(JsonNode? node, Dictionary<string, string> labels)
    {
        switch (node)
        {
            case JsonObject o:
                if (o["id"] is JsonValue id && id.TryGetValue<string>(out var key) && Label(o) is { } label)
                {
                    labels.TryAdd(key, label);
                }

                foreach (var (_, child) in o)
                {
                    CollectLabels(child, labels);
                }

                break;
            case JsonArray a:
                foreach (var child in a)
                {
                    CollectLabels(child, labels);
                }

                break;
        }
    }

    private static string? Label(JsonObject item) =>
        LabelNames.Select(n => item[n]).OfType<JsonValue>().Select(v => Scalar(v)).FirstOrDefault(s => !string.IsNullOrWhiteSpace(s));

    /// <summary>A value as the user reads it: linked items by their title, dates and numbers in the UI culture.</summary>
    private static string? Display(JsonNode? node, Dictionary<string, string> labels, Func<string, string?>? resolve)
    {
        switch (node)
        {
            case null:
                return null;
            case JsonArray array:
                var items = array.Select(n => Display(n, labels, resolve)).Where(s => !string.IsNullOrEmpty(s)).ToList();
                return items.Count == 0 ? null : string.Join("; ", items);
            case JsonObject item:
                if (Label(item) is { } label)
                {
                    return label;
                }

                if (item["itemId"] is JsonValue link && link.TryGetValue<string>(out var linked))
                {
                    return labels.GetValueOrDefault(linked) ?? linked;
                }

                if (KeyName(item) == ContactKey && resolve?.Invoke(item[ContactKey]!.ToJsonString()) is { } person)
                {
                    return person;
                }

                var fields = item.Where(p => !IdNames.Contains(p.Key) && p.Value is JsonValue)
                    .Select(p => Display(p.Value, labels, resolve)).Where(s => !string.IsNullOrEmpty(s)).ToList();
                return fields.Count == 0 ? null : string.Join(", ", fields);
            case JsonValue value:
                var text = Scalar(value);
                if (text is null)
                {
                    return null;
                }

                // Links resolve by their raw value: contact 1234, not the displayed "1,234".
                var raw = value.TryGetValue<string>(out var stored) ? stored : value.ToJsonString();
                return labels.GetValueOrDefault(raw) ?? resolve?.Invoke(raw) ?? text;
            default:
                return node.ToJsonString();
        }
    }

    private static string? Scalar(JsonValue value)
    {
        if (value.TryGetValue<string>(out var text))
        {
            return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? date.ToString("d", CultureInfo.CurrentCulture)
                : text;
        }

        if (value.TryGetValue<decimal>(out var number))
        {
            return number.ToString("#,##0.##", CultureInfo.CurrentCulture);
        }

        return value.TryGetValue<bool>(out var flag) ? flag.ToString(CultureInfo.InvariantCulture) : value.ToJsonString();
    }
}
