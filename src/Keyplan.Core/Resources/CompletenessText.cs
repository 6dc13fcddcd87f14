using System.Globalization;
using System.Resources;
using Keyplan.Core.Plans.Completeness;

namespace Keyplan.Core.Resources;

/// <summary>The messages of the missing-items list (CompletenessText.resx, .de, .nl), one per <see cref="MissingItemKind"/>.</summary>
public static class CompletenessText
{
    private static readonly ResourceManager Resources = new(typeof(CompletenessText).FullName!, typeof(CompletenessText).Assembly);

    public static string Format(MissingItemKind kind, params object[] args) =>
        string.Format(CultureInfo.CurrentCulture, Get(kind.ToString()), args);

    /// <summary>The section's title as SPEC §2 names it, in the current language.</summary>
    public static string SectionTitle(string key) => Get("Section." + key);

    public static string InfluenceName(Plans.Sections.BuyingInfluence influence) => Get("Influence." + influence);

    private static string Get(string name) =>
        Resources.GetString(name, CultureInfo.CurrentUICulture) ?? throw new KeyNotFoundException($"No completeness text '{name}'.");
}
