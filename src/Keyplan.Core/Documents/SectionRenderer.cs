using System.Collections;
using System.Globalization;
using System.Reflection;
using Keyplan.Core.Plans.Sections;
using Keyplan.Core.Plans.Templates;
using Keyplan.Core.Resources;

namespace Keyplan.Core.Documents;

/// <summary>Names for the ids section content links to (contacts, users, product groups, accounts, plan items).</summary>
internal sealed record DocumentLookups(
    IReadOnlyDictionary<int, string> Contacts,
    IReadOnlyDictionary<string, string> Users,
    IReadOnlyDictionary<int, string> ProductGroups,
    IReadOnlyDictionary<int, string> Accounts,
    IReadOnlyDictionary<Guid, string> Items);

/// <summary>
/// Turns a section's content record into blocks by walking its properties: single values become labelled fields,
/// lists of items become tables, nested records become their own field lists. Walking the records rather than writing
/// one layout per section keeps every field of every section in the documents, including fields added later.
/// </summary>
internal sealed class SectionRenderer(DocumentText text, DocumentLookups lookups, Func<string, bool> shows)
{
    private const string IdProperty = "Id";

    public List<DocumentBlock> Render(SectionContent content, IReadOnlyList<CustomFieldDefinition> customFields, bool withCustomFields)
    {
        var blocks = RenderRecord(content, caption: null);
        if (withCustomFields && content.CustomFields is { Count: > 0 } values)
        {
            var fields = customFields
                .Where(f => values.TryGetValue(f.Id, out var v) && !string.IsNullOrWhiteSpace(v))
                .Select(f => new DocumentField(f.Label, values[f.Id]!))
                .ToList();
            if (fields.Count > 0)
            {
                blocks.Add(new FieldList(null, fields));
            }
        }

        return blocks;
    }

    private List<DocumentBlock> RenderRecord(object record, string? caption)
    {
        var fields = new List<DocumentField>();
        var blocks = new List<DocumentBlock>();
        foreach (var property in VisibleProperties(record.GetType()))
        {
            var value = property.GetValue(record);
            var label = text.Field(property.Name);
            if (IsScalar(property.PropertyType) || IsScalarList(property.PropertyType))
            {
                var formatted = Format(value, property);
                if (formatted.Length > 0)
                {
                    fields.Add(new DocumentField(label, formatted));
                }
            }
            else if (ElementType(property.PropertyType) is { } itemType)
            {
                var items = ((IEnumerable?)value)?.Cast<object>().ToList() ?? [];
                if (items.Count > 0)
                {
                    blocks.Add(Table(label, itemType, items));
                }
            }
            else if (value is not null)
            {
                blocks.AddRange(RenderRecord(value, label));
            }
        }

        if (fields.Count > 0)
        {
            blocks.Insert(0, new FieldList(caption, fields));
        }

        return blocks;
    }

    private DocumentTable Table(string caption, Type itemType, List<object> items)
    {
        var columns = VisibleProperties(itemType).ToList();
        var rows = items
            .Select(item => (IReadOnlyList<string>)columns.Select(c => FormatCell(c.GetValue(item), c)).ToList())
            .ToList();
        return new DocumentTable(caption, columns.Select(c => text.Field(c.Name)).ToList(), rows);
    }

    private IEnumerable<PropertyInfo> VisibleProperties(Type type) => type
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.DeclaringType != typeof(SectionContent) && p.Name != IdProperty && p.GetIndexParameters().Length == 0)
        .Where(p => shows(p.Name));

    private string FormatCell(object? value, PropertyInfo property)
    {
        if (ElementType(property.PropertyType) is { } itemType && !IsScalar(itemType))
        {
            // A list inside a table row (a KPI's actuals): one short line per item.
            var items = ((IEnumerable?)value)?.Cast<object>() ?? [];
            return string.Join("; ", items.Select(item => string.Join(" ", VisibleProperties(itemType)
                .Select(p => Format(p.GetValue(item), p)).Where(s => s.Length > 0))));
        }

        return Format(value, property);
    }

    private string Format(object? value, PropertyInfo property)
    {
        var reference = property.GetCustomAttribute<ReferencesAttribute>()?.Kind;
        if (value is IEnumerable list and not string)
        {
            return string.Join(", ", list.Cast<object>().Select(v => FormatOne(v, reference)).Where(s => s.Length > 0));
        }

        return value is null ? string.Empty : FormatOne(value, reference);
    }

    private string FormatOne(object value, ReferenceKind? reference) => (reference, value) switch
    {
        (ReferenceKind.Contact, int id) => lookups.Contacts.GetValueOrDefault(id, string.Empty),
        (ReferenceKind.User, string id) => lookups.Users.GetValueOrDefault(id, string.Empty),
        (ReferenceKind.ProductGroup, int id) => lookups.ProductGroups.GetValueOrDefault(id, string.Empty),
        (ReferenceKind.Account, int id) => lookups.Accounts.GetValueOrDefault(id, string.Empty),
        (_, Guid id) => lookups.Items.GetValueOrDefault(id, string.Empty),
        (_, Enum e) => text.Enum(e),
        (_, bool b) => b ? text["Yes"] : text["No"],
        (_, DateOnly d) => d.ToString("d", text.Culture),
        (_, DateTimeOffset d) => d.ToString("d", text.Culture),
        (_, decimal d) => d.ToString("#,##0.##", text.Culture),
        (_, IFormattable f) => f.ToString(null, text.Culture),
        _ => value.ToString() ?? string.Empty,
    };

    private static bool IsScalar(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return t.IsPrimitive || t.IsEnum || t == typeof(string) || t == typeof(decimal) || t == typeof(DateOnly)
            || t == typeof(DateTimeOffset) || t == typeof(DateTime) || t == typeof(Guid);
    }

    private static bool IsScalarList(Type type) => ElementType(type) is { } element && IsScalar(element);

    private static Type? ElementType(Type type) =>
        type != typeof(string) && type.IsGenericType && typeof(IEnumerable).IsAssignableFrom(type) && type.GetGenericArguments().Length == 1
            ? type.GetGenericArguments()[0]
            : null;
}
