using System.Text;

namespace Keyplan.Core.Documents;

/// <summary>The file name of an export: <c>Keyplan_&lt;Account&gt;_&lt;Period&gt;_&lt;audience&gt;.&lt;ext&gt;</c>, safe on every OS and in a header.</summary>
public static class ExportFileName
{
    public const int MaxPartLength = 60;

    public static string For(string accountName, string period, DocumentAudience audience, string extension) =>
        $"Keyplan_{Part(accountName)}_{Part(period)}_{audience.ToString().ToLowerInvariant()}.{Part(extension)}";

    /// <summary>
    /// Keeps letters, digits, '-' and '.', turns everything else into '_', and trims: no path separators, quotes,
    /// control characters or reserved characters, so the name works as a file name and inside Content-Disposition.
    /// </summary>
    public static string Part(string? value)
    {
        var builder = new StringBuilder();
        foreach (var c in (value ?? string.Empty).Normalize(NormalizationForm.FormC))
        {
            var keep = char.IsLetterOrDigit(c) || c is '-' or '.';
            var next = keep ? c : '_';
            if (next == '_' && builder.Length > 0 && builder[^1] == '_')
            {
                continue;
            }

            builder.Append(next);
        }

        var part = builder.ToString().Trim('_', '.');
        if (part.Length > MaxPartLength)
        {
            part = part[..MaxPartLength].TrimEnd('_', '.');
        }

        return part.Length == 0 ? "plan" : part;
    }
}
