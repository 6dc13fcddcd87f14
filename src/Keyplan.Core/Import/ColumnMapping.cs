using System.Text.RegularExpressions;

namespace Keyplan.Core.Import;

/// <summary>Which column of the file feeds which field; fields without a column are not imported (or missing, if required).</summary>
public sealed record ColumnMapping(ImportKind Kind, IReadOnlyDictionary<string, int> Columns)
{
    public int? ColumnOf(string fieldKey) => Columns.TryGetValue(fieldKey, out var column) ? column : null;

    public IEnumerable<ImportField> MissingRequired => ImportFields.For(Kind).Where(f => f.Required && !Columns.ContainsKey(f.Key));
}

/// <summary>
/// Matches a file's headers to the fields of an import kind, case-insensitively against every alias, ignoring a trailing
/// currency ("Umsatz EUR", "Revenue (GBP)") and spacing. Each column feeds at most one field and the first alias wins.
/// </summary>
public static partial class ColumnMatcher
{
    public static ColumnMapping Match(IReadOnlyList<string> headers, ImportKind kind)
    {
        ArgumentNullException.ThrowIfNull(headers);
        var normalized = headers.Select(Normalize).ToList();
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        var taken = new HashSet<int>();
        foreach (var field in ImportFields.For(kind))
        {
            foreach (var alias in field.Aliases.Select(Normalize))
            {
                var column = normalized.FindIndex(h => h == alias);
                if (column >= 0 && taken.Add(column))
                {
                    columns[field.Key] = column;
                    break;
                }
            }
        }

        return new ColumnMapping(kind, columns);
    }

    /// <summary>Which export the headers come from, so re-imports match records of the same system.</summary>
    public static SourceSystem DetectSource(IReadOnlyList<string> headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        var set = headers.Select(Normalize).ToHashSet();
        if (set.Any(h => h.StartsWith("(do not modify)", StringComparison.Ordinal)))
        {
            return SourceSystem.Dynamics;
        }

        if (set.Contains("record id") && !set.Contains("id"))
        {
            return set.Contains("company name") || set.Contains("associated company id") ? SourceSystem.HubSpot : SourceSystem.Keyplan;
        }

        if (set.Contains("id") || set.Contains("account id") || set.Contains("contact id"))
        {
            return SourceSystem.Salesforce;
        }

        return SourceSystem.Erp;
    }

    internal static string Normalize(string header)
    {
        var text = WhiteSpace().Replace(header.Trim(), " ").ToLowerInvariant();
        return TrailingCurrency().Replace(text, string.Empty);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    [GeneratedRegex(@"\s*(\(|\[)?\s*(eur|usd|gbp|chf|€|£|\$)\s*(\)|\])?$")]
    private static partial Regex TrailingCurrency();
}
