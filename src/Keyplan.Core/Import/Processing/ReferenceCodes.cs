using System.Globalization;

namespace Keyplan.Core.Import.Processing;

/// <summary>Codes for product groups and business areas an import creates: the name's letters and digits, made unique.</summary>
internal static class ReferenceCodes
{
    public static string Create(string name, int maxLength, ISet<string> taken)
    {
        var letters = new string([.. name.Where(char.IsAsciiLetterOrDigit).Select(char.ToUpperInvariant)]);
        var stem = letters.Length == 0 ? "NEW" : letters[..Math.Min(letters.Length, maxLength)];
        var code = stem;
        for (var n = 2; !taken.Add(code); n++)
        {
            var suffix = n.ToString(CultureInfo.InvariantCulture);
            code = stem[..Math.Min(stem.Length, maxLength - suffix.Length)] + suffix;
        }

        return code;
    }
}
