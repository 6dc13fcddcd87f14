using System.Globalization;
using System.Text;

namespace Keyplan.Bench.Import;

/// <summary>
/// Writes a yearly ERP revenue export in Keyplan's own template format, deterministically and streamed: 100 rows per
/// account (20 fiscal years × 5 product groups), so every row is its own revenue record. The accounts are the ones
/// <see cref="AccountGenerator"/> creates (account numbers K-100000, K-100001, …).
/// </summary>
internal static class RevenueFile
{
    public const int Years = 20;
    public const int FirstYear = 2006;
    public const int RowsPerAccount = Years * ProductGroupCount;
    public const string Header = "Account number,Fiscal year,Product group,Revenue,Contribution margin";
    private const int ProductGroupCount = 5;

    public static IReadOnlyList<string> ProductGroups { get; } = [.. Enumerable.Range(1, ProductGroupCount).Select(i => $"Group {i}")];

    /// <summary>The account number of the generated account with this index, as <see cref="AccountGenerator"/> numbers them.</summary>
    public static string AccountNumber(long account) => string.Create(CultureInfo.InvariantCulture, $"K-{100000 + account}");

    public static int AccountsFor(long rows) => (int)((rows + RowsPerAccount - 1) / RowsPerAccount);

    public static void Write(string path, long rows)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 20);
        writer.NewLine = "\n";
        writer.WriteLine(Header);
        var random = new Random(11);
        for (long i = 0; i < rows; i++)
        {
            var account = i / RowsPerAccount;
            var year = FirstYear + (int)(i % RowsPerAccount / ProductGroupCount);
            var group = ProductGroups[(int)(i % ProductGroupCount)];
            var revenue = random.Next(1_000, 50_000_000) / 100m;
            var margin = Math.Round(revenue * 0.27m, 2);
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"{AccountNumber(account)},{year},{group},{revenue:F2},{margin:F2}"));
            writer.Write('\n');
        }
    }
}
