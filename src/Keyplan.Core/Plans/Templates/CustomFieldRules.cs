using System.Globalization;
using Keyplan.Core.Plans.Sections;
using Keyplan.Core.Resources;

namespace Keyplan.Core.Plans.Templates;

/// <summary>
/// Checks a section's custom field values against the fields its plan's template version defines. Values are stored as
/// text in an invariant form: numbers with a dot ("1250.5"), dates as ISO dates ("2026-03-31"), choices as the option.
/// Errors are reported at "customFields.&lt;id&gt;".
/// </summary>
public static class CustomFieldRules
{
    public const string Path = "customFields";

    /// <summary>A text field's value; numbers, dates and choices are far shorter.</summary>
    public const int ValueMaxLength = SectionLimits.Text;

    public static Failure.Invalid? Validate(IReadOnlyDictionary<string, string?>? values, IReadOnlyList<CustomFieldDefinition> fields)
    {
        var errors = new ErrorCollector();
        var byId = fields.ToDictionary(f => f.Id, StringComparer.Ordinal);
        foreach (var (id, value) in values ?? new Dictionary<string, string?>())
        {
            if (!byId.TryGetValue(id, out var field))
            {
                errors.AddPath(FieldPath(id), ValidationText.UnknownCustomField);
            }
            else if (!string.IsNullOrEmpty(value) && Problem(field, value) is { } problem)
            {
                errors.AddPath(FieldPath(id), problem);
            }
        }

        foreach (var field in fields.Where(f => f.Required && string.IsNullOrWhiteSpace(values?.GetValueOrDefault(f.Id))))
        {
            errors.AddPath(FieldPath(field.Id), ValidationText.Required);
        }

        return errors.ToFailure();
    }

    public static string FieldPath(string id) => $"{Path}.{id}";

    /// <summary>The values of fields the definition still has; used when content moves to another template version.</summary>
    public static IReadOnlyDictionary<string, string?>? Keep(IReadOnlyDictionary<string, string?>? values, IReadOnlyList<CustomFieldDefinition> fields)
    {
        var kept = values?.Where(v => fields.Any(f => f.Id == v.Key && Problem(f, v.Value ?? string.Empty) is null))
            .ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal);
        return kept is { Count: > 0 } ? kept : null;
    }

    private static string? Problem(CustomFieldDefinition field, string value) => field.Type switch
    {
        _ when value.Length > ValueMaxLength => ValidationText.Format(nameof(ValidationText.MaxLength), string.Empty, ValueMaxLength),
        CustomFieldType.Number when !TryParseNumber(value, out _) => ValidationText.NotANumber,
        CustomFieldType.Date when !TryParseDate(value, out _) => ValidationText.NotADate,
        CustomFieldType.Choice when !field.Options.Contains(value, StringComparer.Ordinal) => ValidationText.NotAnOption,
        _ => null,
    };

    public static bool TryParseNumber(string value, out decimal number) =>
        decimal.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out number);

    public static bool TryParseDate(string value, out DateOnly date) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static string FormatNumber(decimal number) => number.ToString(CultureInfo.InvariantCulture);

    public static string FormatDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
