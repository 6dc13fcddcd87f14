using System.Text.RegularExpressions;
using Keyplan.Core.Plans.Sections;
using Keyplan.Core.Resources;

namespace Keyplan.Core.Plans.Templates;

/// <summary>What makes a template definition valid; errors at the request's field paths ("sections[2].customFields[0].label").</summary>
public static partial class TemplateRules
{
    public const int LabelMaxLength = 100;
    public const int IdMaxLength = 40;
    public const int FieldsPerSection = 20;
    public const int OptionsPerField = 30;
    public const int OptionMaxLength = 100;

    [GeneratedRegex("^[A-Za-z0-9_-]+$")]
    private static partial Regex IdPattern();

    public static Failure.Invalid? Validate(string? name, TemplateDefinition definition, PlanTemplateKind basedOn)
    {
        var errors = new ErrorCollector();
        if (string.IsNullOrWhiteSpace(name))
        {
            errors.AddPath("name", ValidationText.Required);
        }
        else if (name.Length > PlanTemplate.NameMaxLength)
        {
            errors.AddPath("name", ValidationText.Format(nameof(ValidationText.MaxLength), string.Empty, PlanTemplate.NameMaxLength));
        }

        // The light template never had a summary; every other plan is summed up in one.
        if (basedOn == PlanTemplateKind.Full && !definition.Has(SectionKeys.Summary))
        {
            errors.AddPath("sections", ValidationText.SummaryRequired);
        }

        var seenKeys = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < definition.Sections.Count; i++)
        {
            var section = definition.Sections[i];
            var path = $"sections[{i}]";
            if (SectionCatalog.Find(section.Key) is null)
            {
                errors.AddPath($"{path}.key", ValidationText.UnknownSection);
            }
            else if (!seenKeys.Add(section.Key))
            {
                errors.AddPath($"{path}.key", ValidationText.DuplicateEntry);
            }

            ValidateFields(section.CustomFields, $"{path}.customFields", errors);
        }

        return errors.ToFailure();
    }

    private static void ValidateFields(IReadOnlyList<CustomFieldDefinition> fields, string path, ErrorCollector errors)
    {
        if (fields.Count > FieldsPerSection)
        {
            errors.AddPath(path, ValidationText.Format(nameof(ValidationText.MaxItems), string.Empty, FieldsPerSection));
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        var labels = new HashSet<string>(StringComparer.CurrentCultureIgnoreCase);
        for (var j = 0; j < fields.Count; j++)
        {
            var field = fields[j];
            var at = $"{path}[{j}]";
            if (string.IsNullOrEmpty(field.Id) || field.Id.Length > IdMaxLength || !IdPattern().IsMatch(field.Id))
            {
                errors.AddPath($"{at}.id", ValidationText.FieldId);
            }
            else if (!ids.Add(field.Id))
            {
                errors.AddPath($"{at}.id", ValidationText.DuplicateEntry);
            }

            if (string.IsNullOrWhiteSpace(field.Label))
            {
                errors.AddPath($"{at}.label", ValidationText.Required);
            }
            else if (field.Label.Length > LabelMaxLength)
            {
                errors.AddPath($"{at}.label", ValidationText.Format(nameof(ValidationText.MaxLength), string.Empty, LabelMaxLength));
            }
            else if (!labels.Add(field.Label.Trim()))
            {
                errors.AddPath($"{at}.label", ValidationText.DuplicateEntry);
            }

            ValidateOptions(field, at, errors);
        }
    }

    private static void ValidateOptions(CustomFieldDefinition field, string at, ErrorCollector errors)
    {
        var options = field.Options ?? [];
        if (field.Type != CustomFieldType.Choice)
        {
            if (options.Count > 0)
            {
                errors.AddPath($"{at}.options", ValidationText.OptionsOnlyForChoice);
            }

            return;
        }

        if (options.Count == 0)
        {
            errors.AddPath($"{at}.options", ValidationText.ChoiceNeedsOptions);
        }
        else if (options.Count > OptionsPerField)
        {
            errors.AddPath($"{at}.options", ValidationText.Format(nameof(ValidationText.MaxItems), string.Empty, OptionsPerField));
        }

        for (var k = 0; k < options.Count; k++)
        {
            if (string.IsNullOrWhiteSpace(options[k]))
            {
                errors.AddPath($"{at}.options[{k}]", ValidationText.Required);
            }
            else if (options[k].Length > OptionMaxLength)
            {
                errors.AddPath($"{at}.options[{k}]", ValidationText.Format(nameof(ValidationText.MaxLength), string.Empty, OptionMaxLength));
            }
            else if (options.Take(k).Contains(options[k], StringComparer.Ordinal))
            {
                errors.AddPath($"{at}.options[{k}]", ValidationText.DuplicateEntry);
            }
        }
    }
}
