using System.Globalization;
using System.Resources;
using Keyplan.Core.Import;

namespace Keyplan.Core.Resources;

/// <summary>The import's problem messages (ImportText.resx, .de, .nl), one per <see cref="ImportProblemKind"/>: {0} the value, {1} a detail.</summary>
public static class ImportText
{
    private static readonly ResourceManager Resources = new(typeof(ImportText).FullName!, typeof(ImportText).Assembly);

    public static string Problem(ImportProblemKind kind, string value, string detail) =>
        string.Format(CultureInfo.CurrentCulture, Get(kind.ToString()), value, detail);

    private static string Get(string name) =>
        Resources.GetString(name, CultureInfo.CurrentUICulture) ?? throw new KeyNotFoundException($"No import text '{name}'.");
}
