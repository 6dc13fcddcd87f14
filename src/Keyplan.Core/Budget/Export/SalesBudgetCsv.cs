using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Keyplan.Core.Documents;

namespace Keyplan.Core.Budget.Export;

/// <summary>
/// The budget table as CSV in the reader's culture: German and Dutch Excel expect ";" and decimal commas, English ",".
/// UTF-8 with a byte order mark, so Excel shows umlauts right. Text is guarded against formula injection.
/// </summary>
public static class SalesBudgetCsv
{
    public static async Task WriteAsync(SalesBudget budget, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(budget);
        var culture = CultureInfo.CurrentCulture;
        var configuration = new CsvConfiguration(culture) { Delimiter = culture.TextInfo.ListSeparator, InjectionOptions = InjectionOptions.None };
        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true);
        await using var csv = new CsvWriter(writer, configuration);

        foreach (var heading in SalesBudgetColumns.Headings(budget.Year))
        {
            csv.WriteField(SpreadsheetText.ForCsv(heading));
        }

        await csv.NextRecordAsync();
        foreach (var line in SalesBudgetColumns.Lines(budget))
        {
            cancellationToken.ThrowIfCancellationRequested();
            csv.WriteField(SpreadsheetText.ForCsv(line.BusinessArea));
            csv.WriteField(SpreadsheetText.ForCsv(line.ProductGroup));
            foreach (var amount in new[] { line.KeyAccountLastYear, line.OtherAccountsLastYear, line.LastYear, line.KeyAccountTarget, line.Budget })
            {
                csv.WriteField(amount.ToString("0.00", culture));
            }

            csv.WriteField(line.Change?.ToString("0.0000", culture) ?? string.Empty);
            await csv.NextRecordAsync();
        }
    }
}
