using System.Text;

namespace Keyplan.Core.Demo;

/// <summary>An invented customer company; <see cref="Parent"/> names another company of the demo.</summary>
internal sealed record DemoCompany(string Name, string Slug, string City, string Industry, string BusinessAreaCode, string? Parent = null)
{
    public string Domain => Slug + ".example";
}

/// <summary>One country of the demo: its companies, its people's names, and how it writes e-mail addresses and phone numbers.</summary>
internal abstract class DemoCountry
{
    public static readonly IReadOnlyList<DemoCountry> All = [new DemoGermany(), new DemoNetherlands(), new DemoUnitedKingdom()];

    public abstract string Code { get; }
    public abstract IReadOnlyList<DemoCompany> Companies { get; }
    public abstract IReadOnlyList<string> FirstNames { get; }
    public abstract IReadOnlyList<string> LastNames { get; }

    /// <summary>The part before the @, in the style companies of this country use.</summary>
    public abstract string EmailLocalPart(string firstName, string lastName);

    /// <param name="switchboard">The company's own number block, where the country dials extensions from one.</param>
    public abstract string Phone(string city, int switchboard, Random random);

    /// <summary>Lower-case ASCII letters, dots and hyphens only: accents dropped, spaces removed.</summary>
    protected static string Ascii(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant().Normalize(NormalizationForm.FormD))
        {
            if (c is (>= 'a' and <= 'z') or '.' or '-')
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
