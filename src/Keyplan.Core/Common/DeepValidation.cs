using System.Collections;
using System.ComponentModel.DataAnnotations;
using System.Reflection;

namespace Keyplan.Core;

/// <summary>
/// DataAnnotations validation that also walks into nested objects and lists, reporting each problem under its
/// API path ("objectives[1].target"). DataAnnotations alone stops at the top-level properties.
/// </summary>
public static class DeepValidation
{
    public static Failure.Invalid? Validate(object model)
    {
        var errors = new ErrorCollector();
        Walk(model, prefix: string.Empty, errors, depth: 0);
        return errors.ToFailure();
    }

    private static void Walk(object model, string prefix, ErrorCollector errors, int depth)
    {
        // Content is a tree of records a few levels deep; the limit guards against a cycle, not against real content.
        if (depth > 8)
        {
            return;
        }

        var results = new List<ValidationResult>();
        Validator.TryValidateObject(model, new ValidationContext(model), results, validateAllProperties: true);
        foreach (var result in results)
        {
            foreach (var member in result.MemberNames.DefaultIfEmpty(string.Empty))
            {
                errors.AddPath(Join(prefix, RequestValidation.FieldName(member)), result.ErrorMessage ?? string.Empty);
            }
        }

        foreach (var property in model.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0 || IsSimple(property.PropertyType))
            {
                continue;
            }

            var path = Join(prefix, RequestValidation.FieldName(property.Name));
            switch (property.GetValue(model))
            {
                case string or null:
                    break;
                case IEnumerable items:
                    var index = 0;
                    foreach (var item in items)
                    {
                        if (item is null)
                        {
                            errors.AddPath($"{path}[{index}]", Resources.ValidationText.Required);
                        }
                        else if (!IsSimple(item.GetType()))
                        {
                            Walk(item, $"{path}[{index}]", errors, depth + 1);
                        }

                        index++;
                    }

                    break;
                case { } child:
                    Walk(child, path, errors, depth + 1);
                    break;
            }
        }
    }

    private static bool IsSimple(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        return underlying.IsPrimitive || underlying.IsEnum || underlying == typeof(string) || underlying == typeof(decimal)
            || underlying == typeof(DateOnly) || underlying == typeof(DateTime) || underlying == typeof(DateTimeOffset)
            || underlying == typeof(Guid) || underlying == typeof(TimeSpan);
    }

    private static string Join(string prefix, string name) => prefix.Length == 0 ? name : $"{prefix}.{name}";
}
