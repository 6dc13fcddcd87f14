using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Keyplan.Core.Documents;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Keyplan.UnitTests.Documents;

/// <summary>The Word and Excel exports of the complete demo plans: valid Open XML, real headings, charts bound to cells.</summary>
public sealed class OfficeDocumentTests(DemoDocuments demo) : IClassFixture<DemoDocuments>
{
    private static readonly XNamespace C = "http://schemas.openxmlformats.org/drawingml/2006/chart";

    [Theory]
    [MemberData(nameof(DemoDocuments.CompletePlans), MemberType = typeof(DemoDocuments))]
    public async Task Docx_OfACompletePlan_IsValidWithHeadingsTocTablesAndCharts(string account)
    {
        var document = await demo.DocumentAsync(account, DocumentAudience.Internal);

        using var word = WordprocessingDocument.Open(new MemoryStream(DocxPlanWriter.Write(document)), false);

        Assert.Empty(new OpenXmlValidator().Validate(word).Select(e => $"{e.Path?.XPath}: {e.Description}"));
        var body = word.MainDocumentPart!.Document.Body!;
        var headings = body.Elements<W.Paragraph>().Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val == "Heading1").Select(p => p.InnerText).ToList();
        Assert.Equal(document.Sections.Select(s => $"{s.Number}. {s.Title}"), headings);
        Assert.Equal(17, headings.Count);
        Assert.Contains(body.Descendants<W.FieldCode>(), f => f.Text.Contains("TOC", StringComparison.Ordinal));
        Assert.All(body.Descendants<W.Table>(), t => Assert.NotNull(t.GetFirstChild<W.TableGrid>()));
        Assert.True(word.MainDocumentPart.ChartParts.Count() >= 3);
    }

    [Theory]
    [MemberData(nameof(DemoDocuments.CompletePlans), MemberType = typeof(DemoDocuments))]
    public async Task Xlsx_OfACompletePlan_IsValidAndItsChartsReadTheDataSheet(string account)
    {
        var document = await demo.DocumentAsync(account, DocumentAudience.Internal);

        using var excel = SpreadsheetDocument.Open(new MemoryStream(XlsxOverviewWriter.Write(document)), false);

        Assert.Empty(new OpenXmlValidator().Validate(excel).Select(e => $"{e.Path?.XPath}: {e.Description}"));
        var workbook = excel.WorkbookPart!;
        Assert.NotNull(workbook.WorkbookStylesPart);
        var dataSheet = document.Text["Data"];
        var charts = workbook.WorksheetParts.SelectMany(w => w.DrawingsPart?.ChartParts ?? []).ToList();
        Assert.Equal(4, charts.Count);
        foreach (var chart in charts)
        {
            var xml = XDocument.Load(chart.GetStream());
            var formulas = xml.Descendants(C + "val").Descendants(C + "f").Select(f => f.Value).ToList();
            Assert.NotEmpty(formulas);
            Assert.All(formulas, f => Assert.Matches($@"^'{dataSheet}'!\$[A-Z]+\$\d+:\$[A-Z]+\$\d+$", f));
            Assert.All(xml.Descendants(C + "cat").Descendants(C + "f"), f => Assert.StartsWith($"'{dataSheet}'!", f.Value, StringComparison.Ordinal));
        }

        // The first chart's values are the revenue the data sheet holds at the referenced cells.
        var revenue = XDocument.Load(charts[0].GetStream()).Descendants(C + "numCache").First().Descendants(C + "v").Select(v => decimal.Parse(v.Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(document.Charts.Revenue.Select(r => r.Revenue), revenue);
    }

    [Theory]
    [MemberData(nameof(DemoDocuments.CompletePlans), MemberType = typeof(DemoDocuments))]
    public async Task CustomerDocx_IsValidAndHasOnlyTheShareableSections(string account)
    {
        var document = await demo.DocumentAsync(account, DocumentAudience.Customer);

        using var word = WordprocessingDocument.Open(new MemoryStream(DocxPlanWriter.Write(document)), false);

        Assert.Empty(new OpenXmlValidator().Validate(word).Select(e => $"{e.Path?.XPath}: {e.Description}"));
        Assert.Equal(["objectives", "actions", "visits", "valueOffering"], document.Sections.Select(s => s.Key));
        Assert.Empty(word.MainDocumentPart!.ChartParts);
    }
}
