using System.Text;
using Keyplan.Core.Import.Reading;

namespace Keyplan.UnitTests.Import;

/// <summary>Reading the CRM and ERP exports of the sample folder: encodings, separators, hidden columns, row numbers.</summary>
public sealed class TabularFileTests
{
    private static FileStream Sample(string name) => File.OpenRead(Path.Combine(AppContext.BaseDirectory, "Import", "Samples", name));

    [Fact]
    public void SalesforceExport_Utf8WithBomAndQuotes_ReadsHeadersAndUmlauts()
    {
        using var stream = Sample("salesforce-accounts.csv");
        using var file = TabularFile.Open(stream);
        var rows = file.Rows().ToList();

        Assert.Equal("Id", file.Headers[0]);
        Assert.Contains("Key_Account__c", file.Headers);
        Assert.Equal(40, rows.Count);
        Assert.Equal(2, rows[0].RowNumber);
        Assert.Equal("Müller & Söhne Präzisionsteile GmbH", rows[1][file.Headers.ToList().IndexOf("Name")]);
        Assert.Equal(NumberFormatHint.DecimalPoint, file.NumberHint);
    }

    [Fact]
    public void GermanErpExport_Windows1252AndSemicolons_ReadsUmlautsAndHintsDecimalComma()
    {
        using var stream = Sample("erp-umsatz-2023-2025.csv");
        using var file = TabularFile.Open(stream);
        var first = file.Rows().First();

        Assert.Equal(["Kundennummer", "Kunde", "Geschäftsjahr", "Warengruppe", "Umsatz EUR", "Deckungsbeitrag EUR"], file.Headers);
        Assert.Equal(NumberFormatHint.DecimalComma, file.NumberHint);
        Assert.True(ImportNumber.TryParse(first[4], file.NumberHint, out var revenue));
        Assert.Equal(2_656_435.68m, revenue);
    }

    [Fact]
    public void HubSpotExport_WithoutBomAndLf_ReadsEveryCompany()
    {
        using var stream = Sample("hubspot-companies.csv");
        using var file = TabularFile.Open(stream);

        Assert.Equal("Record ID", file.Headers[0]);
        Assert.Equal(30, file.Rows().Count());
    }

    [Fact]
    public void DynamicsExcelExport_KeepsTheHiddenRecordIdColumn_AndReadsEveryRow()
    {
        using var stream = Sample("dynamics365-accounts.xlsx");
        using var file = TabularFile.Open(stream);
        var rows = file.Rows().ToList();

        Assert.Equal(["(Do Not Modify) Account", "(Do Not Modify) Row Checksum", "(Do Not Modify) Modified On", "Account Name"], file.Headers.Take(4));
        Assert.True(Guid.TryParse(rows[0][0], out _));
        Assert.Equal(25, rows.Count);
        Assert.All(rows, r => Assert.Equal(file.Headers.Count, r.Values.Count));
        Assert.Equal(2, rows[0].RowNumber);
    }

    [Fact]
    public void QuotedFieldsWithSeparatorsAndLineBreaks_StayOneValue_AndRowNumbersCountPhysicalRows()
    {
        var csv = "Name;Note\r\n\"Alpha; Beta\";\"two\r\nlines\"\r\nGamma;x\r\n";
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(csv));
        using var file = TabularFile.Open(stream);
        var rows = file.Rows().ToList();

        Assert.Equal("Alpha; Beta", rows[0][0]);
        Assert.Equal("two\r\nlines", rows[0][1]);
        Assert.Equal("Gamma", rows[1][0]);
        Assert.True(rows[1].RowNumber > rows[0].RowNumber);
    }

    [Theory]
    [InlineData("2.656.435,68", NumberFormatHint.DecimalComma, "2656435.68")]
    [InlineData("2572800000.0", NumberFormatHint.DecimalPoint, "2572800000.0")]
    [InlineData("1,234.56", NumberFormatHint.DecimalComma, "1234.56")]
    [InlineData("1.234", NumberFormatHint.DecimalComma, "1234")]
    [InlineData("1.234", NumberFormatHint.DecimalPoint, "1.234")]
    [InlineData("1,5", NumberFormatHint.DecimalPoint, "1.5")]
    [InlineData("-12.500,00 €", NumberFormatHint.DecimalComma, "-12500.00")]
    [InlineData("1 234 567", NumberFormatHint.DecimalComma, "1234567")]
    [InlineData("1.234.567", NumberFormatHint.DecimalPoint, "1234567")]
    public void ImportNumber_ReadsTheWaysExportsWriteAmounts(string text, NumberFormatHint hint, string expected)
    {
        Assert.True(ImportNumber.TryParse(text, hint, out var value));
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("n/a")]
    [InlineData("1-2")]
    public void ImportNumber_RefusesWhatIsNoNumber(string text) =>
        Assert.False(ImportNumber.TryParse(text, NumberFormatHint.DecimalPoint, out _));
}
