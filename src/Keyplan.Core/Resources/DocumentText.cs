using System.Globalization;
using System.Resources;

namespace Keyplan.Core.Resources;

/// <summary>
/// The words of plan documents (DocumentText.resx, .de, .nl): labels, field names and enum values, looked up in the
/// plan's language rather than the reader's, because a document is written in the language of the plan.
/// </summary>
public sealed class DocumentText(CultureInfo culture)
{
    private static readonly ResourceManager Resources = new(typeof(DocumentText).FullName!, typeof(DocumentText).Assembly);

    public CultureInfo Culture { get; } = culture;

    /// <summary>The refusal of an unknown format or audience; {0} lists the allowed values.</summary>
    public static string UnknownValue(string allowed) =>
        string.Format(CultureInfo.CurrentCulture, Resources.GetString("Error.UnknownValue", CultureInfo.CurrentUICulture) ?? "{0}", allowed);

    /// <summary>The refusal of a customer export as Excel, in the reader's language.</summary>
    public static string CustomerFormatsOnly =>
        Resources.GetString("Error.CustomerFormatsOnly", CultureInfo.CurrentUICulture) ?? "Error.CustomerFormatsOnly";

    /// <summary>A document word such as "Contents" (key without the "Doc." prefix).</summary>
    public string this[string name] => Get("Doc." + name) ?? name;

    /// <summary>A content field's label; falls back to the property name so a new field never breaks a document.</summary>
    public string Field(string propertyName) => Get("Field." + propertyName) ?? propertyName;

    public string Enum(Enum value) => Get($"Enum.{value.GetType().Name}.{value}") ?? value.ToString();

    /// <summary>The section's title as SPEC §2 names it, in the document's language.</summary>
    public string SectionTitle(string key)
    {
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = Culture;
            return CompletenessText.SectionTitle(key);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private string? Get(string name) => Resources.GetString(name, Culture);
}
