using Keyplan.Core.Resources;

namespace Keyplan.Core.Import;

/// <summary>The mapping a preview uses: the headers matched automatically, then the user's choices (field → header) on top.</summary>
public static class ImportMappings
{
    /// <summary>An empty header takes the field out of the import; an unknown field or header is an error at "mapping.{field}".</summary>
    public static Result<ColumnMapping> Resolve(IReadOnlyList<string> headers, ImportKind kind, IReadOnlyDictionary<string, string>? overrides)
    {
        ArgumentNullException.ThrowIfNull(headers);
        var columns = new Dictionary<string, int>(ColumnMatcher.Match(headers, kind).Columns, StringComparer.Ordinal);
        var errors = new ErrorCollector();
        foreach (var (field, header) in overrides ?? new Dictionary<string, string>())
        {
            if (ImportFields.For(kind).All(f => f.Key != field))
            {
                errors.AddPath($"mapping.{field}", ValidationText.ImportUnknownField);
                continue;
            }

            if (string.IsNullOrWhiteSpace(header))
            {
                columns.Remove(field);
                continue;
            }

            var column = headers.ToList().FindIndex(h => string.Equals(h, header.Trim(), StringComparison.OrdinalIgnoreCase));
            if (column < 0)
            {
                errors.AddPath($"mapping.{field}", ValidationText.ImportUnknownHeader);
                continue;
            }

            // A column feeds one field: taking it for this field takes it away from another.
            foreach (var other in columns.Where(c => c.Value == column).Select(c => c.Key).ToList())
            {
                columns.Remove(other);
            }

            columns[field] = column;
        }

        return errors.ToFailure() is { } invalid ? invalid : new ColumnMapping(kind, columns);
    }

    /// <summary>Field key → header of its column, as the preview shows and the batch stores the mapping.</summary>
    public static Dictionary<string, string> Describe(ColumnMapping mapping, IReadOnlyList<string> headers)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        ArgumentNullException.ThrowIfNull(headers);
        return mapping.Columns.Where(c => c.Value < headers.Count).ToDictionary(c => c.Key, c => headers[c.Value], StringComparer.Ordinal);
    }

    public static List<string> Unmapped(ColumnMapping mapping, IReadOnlyList<string> headers)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        ArgumentNullException.ThrowIfNull(headers);
        return [.. headers.Where((_, i) => !mapping.Columns.Values.Contains(i))];
    }

    /// <summary>The stored mapping (field → header) back into columns of the same file.</summary>
    public static ColumnMapping FromDescription(ImportKind kind, IReadOnlyDictionary<string, string> description, IReadOnlyList<string> headers)
    {
        ArgumentNullException.ThrowIfNull(description);
        ArgumentNullException.ThrowIfNull(headers);
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (field, header) in description)
        {
            var column = headers.ToList().IndexOf(header);
            if (column >= 0)
            {
                columns[field] = column;
            }
        }

        return new ColumnMapping(kind, columns);
    }
}
