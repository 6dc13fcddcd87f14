using System.Globalization;
using System.Resources;

namespace Keyplan.Core.Resources;

/// <summary>The headings of the sales budget (BudgetText.resx, .de, .nl), shared by its page and its exports.</summary>
public static class BudgetText
{
    private static readonly ResourceManager Resources = new(typeof(BudgetText).FullName!, typeof(BudgetText).Assembly);

    /// <summary>The text <paramref name="name"/> in the current UI culture, with its placeholders filled.</summary>
    public static string Get(string name, params object[] arguments)
    {
        var text = Resources.GetString(name, CultureInfo.CurrentUICulture) ?? throw new KeyNotFoundException($"No budget text '{name}'.");
        return arguments.Length == 0 ? text : string.Format(CultureInfo.CurrentCulture, text, arguments);
    }
}
