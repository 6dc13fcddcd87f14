using System.Globalization;

namespace Keyplan.Web.Components;

/// <summary>Reads the values of the lists' filter drop-downs, where an empty option means "all".</summary>
public static class FilterValues
{
    public static int? ParseInt(object? value) =>
        int.TryParse(value as string, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : null;

    public static bool? ParseBool(object? value) => bool.TryParse(value as string, out var flag) ? flag : null;

    /// <summary>The option value of a yes/no/all filter.</summary>
    public static string Of(bool? flag) => flag switch { true => "true", false => "false", null => "" };
}
