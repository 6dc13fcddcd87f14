using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using Keyplan.Core.Data;
using Keyplan.Core.Demo;
using Keyplan.Core.Documents;
using Keyplan.Core.Plans.Sections;
using Keyplan.Core.Resources;
using Microsoft.EntityFrameworkCore;

namespace Keyplan.UnitTests.Documents;

/// <summary>
/// The documents as people read them: the PDF printed by Chromium, and the Word and Excel files opened and printed by
/// LibreOffice. Also the customer summary's promise that nothing internal is in it.
/// </summary>
public sealed class PrintedDocumentTests(DemoDocuments demo) : IClassFixture<DemoDocuments>
{
    [Theory]
    [InlineData(DemoPlans.GermanAccount, "de")]
    [InlineData(DemoPlans.DutchAccount, "nl")]
    [InlineData(DemoPlans.BritishAccount, "en")]
    public async Task Pdf_ContainsEverySectionHeadingInThePlansLanguage(string account, string language)
    {
        var document = await demo.DocumentAsync(account, DocumentAudience.Internal);

        var pdf = await demo.Pdf.RenderAsync(document, CancellationToken.None);

        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4), StringComparison.Ordinal);
        var text = await Tools.PdfTextAsync(pdf);
        var titles = new DocumentText(CultureInfo.GetCultureInfo(language));
        Assert.All(SectionCatalog.All, s => Assert.Contains(Tools.Normalize(titles.SectionTitle(s.Key)), text, StringComparison.Ordinal));
        Assert.Contains(titles["Contents"], text, StringComparison.Ordinal);
        Assert.InRange(PageCount(pdf), 10, 20);
    }

    [Fact]
    public async Task Pdf_ReusesOneBrowserForManyDocuments()
    {
        var document = await demo.DocumentAsync(DemoPlans.BritishAccount, DocumentAudience.Customer);

        var pdfs = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => demo.Pdf.RenderAsync(document, CancellationToken.None)));

        Assert.All(pdfs, p => Assert.True(p.Length > 1000));
    }

    [Theory]
    [InlineData(DemoPlans.GermanAccount, "de")]
    [InlineData(DemoPlans.BritishAccount, "en")]
    public async Task LibreOffice_ConvertsTheWordAndExcelExportsToPdf(string account, string language)
    {
        var document = await demo.DocumentAsync(account, DocumentAudience.Internal);

        var fromWord = await Tools.PdfTextAsync(await Tools.LibreOfficeToPdfAsync(DocxPlanWriter.Write(document), "docx"));
        var fromExcel = await Tools.PdfTextAsync(await Tools.LibreOfficeToPdfAsync(XlsxOverviewWriter.Write(document), "xlsx"));

        var titles = new DocumentText(CultureInfo.GetCultureInfo(language));
        Assert.All(SectionCatalog.All, s => Assert.Contains(Tools.Normalize(titles.SectionTitle(s.Key)), fromWord, StringComparison.Ordinal));
        Assert.Contains(account, fromExcel, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(DemoDocuments.CompletePlans), MemberType = typeof(DemoDocuments))]
    public async Task CustomerSummary_InPdfAndWord_ContainsNoInternalContent(string account)
    {
        var internals = await InternalContentAsync(account);
        var customer = await demo.DocumentAsync(account, DocumentAudience.Customer);
        var team = await demo.DocumentAsync(account, DocumentAudience.Internal);

        var customerPdf = await Tools.PdfTextAsync(await demo.Pdf.RenderAsync(customer, CancellationToken.None));
        var customerWord = WordText(DocxPlanWriter.Write(customer));
        var teamWord = WordText(DocxPlanWriter.Write(team));

        Assert.NotEmpty(internals);
        Assert.All(internals, secret =>
        {
            Assert.DoesNotContain(secret, customerPdf, StringComparison.Ordinal);
            Assert.DoesNotContain(secret, customerWord, StringComparison.Ordinal);
        });

        // The same search finds them in the internal document, so the test can fail.
        Assert.All(internals.Where(s => !s.Any(char.IsDigit)), secret => Assert.Contains(secret, teamWord, StringComparison.Ordinal));

        // What the customer may see is there.
        var objectives = await SectionAsync<ObjectivesSection>(account, SectionKeys.Objectives);
        Assert.All(objectives.Objectives.Where(o => o.Measure != ObjectiveMeasure.ContributionMargin),
            o => Assert.Contains(Tools.Normalize(o.Title!), customerPdf, StringComparison.Ordinal));

        // A margin objective is a margin target: internal.
        Assert.All(objectives.Objectives.Where(o => o.Measure == ObjectiveMeasure.ContributionMargin),
            o => Assert.DoesNotContain(Tools.Normalize(o.Title!), customerPdf, StringComparison.Ordinal));
    }

    /// <summary>Risks, attitude and influence labels, cost figures and internal comments of the demo plan, as they would print.</summary>
    private async Task<List<string>> InternalContentAsync(string account)
    {
        var document = await demo.DocumentAsync(account, DocumentAudience.Internal);
        var text = document.Text;
        var culture = document.Culture;
        var swot = await SectionAsync<SwotSection>(account, SectionKeys.Swot);
        var buyingCenter = await SectionAsync<BuyingCenterSection>(account, SectionKeys.BuyingCenter);
        var actions = await SectionAsync<ActionsSection>(account, SectionKeys.Actions);
        var budget = await SectionAsync<BudgetSection>(account, SectionKeys.Budget);
        var market = await SectionAsync<MarketSection>(account, SectionKeys.Market);

        var risks = swot.Threats.Concat(swot.Weaknesses).SelectMany(i => new[] { i.Text, i.Implication });
        var ratings = buyingCenter.Stakeholders.SelectMany(s => new[] { s.PersonalWin })
            .Concat([text.Field("Attitude"), text.Field("Influence"), text.Field("ResponseMode")])
            .Concat(buyingCenter.Stakeholders.Select(s => s.ResponseMode).OfType<ResponseMode>().Select(m => text.Enum(m)))
            .Concat(buyingCenter.Stakeholders.Select(s => s.Influence).OfType<InfluenceLevel>().Select(i => $"{text.Field("Influence")}"));
        var costs = actions.Actions.Where(a => a.Cost > 0).Select(a => a.Cost!.Value)
            .Concat(budget.OtherCosts.Select(c => c.Amount ?? 0))
            .Concat(budget.PlannedContributionMargin is { } margin ? [margin] : [])
            .Where(amount => amount >= 1000)
            .Select(amount => amount.ToString("#,##0.##", culture));
        var comments = actions.Actions.Select(a => a.CommercialImpact)
            .Concat(market.CustomerCompetitors.Select(c => c.Comment))
            .Concat([market.FitComment]);
        return risks.Concat(ratings).Concat(costs).Concat(comments)
            .Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => Tools.Normalize(s!)).Distinct().ToList();
    }

    private async Task<T> SectionAsync<T>(string account, string key)
        where T : SectionContent
    {
        var json = await demo.Keyplan.WithAsync<KeyplanDbContext, string>(db => db.PlanSections
            .Where(s => s.Plan!.Account!.Name == account && s.Key == key).Select(s => s.Content).SingleAsync());
        return (T)SectionJson.Deserialize(SectionCatalog.Find(key)!, json);
    }

    private static string WordText(byte[] docx)
    {
        using var word = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return Tools.Normalize(string.Join(" ", word.MainDocumentPart!.Document.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Text>().Select(t => t.Text)));
    }

    private static int PageCount(byte[] pdf) =>
        System.Text.RegularExpressions.Regex.Count(System.Text.Encoding.Latin1.GetString(pdf), @"/Type\s*/Page[^s]");
}
