using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Keyplan.Core.Data;
using Keyplan.Core.Demo;
using Keyplan.Core.Documents;
using Keyplan.Core.Plans.Sections;
using Microsoft.EntityFrameworkCore;
using A = DocumentFormat.OpenXml.Drawing;

namespace Keyplan.UnitTests.Documents;

/// <summary>The review deck of the complete demo plans: valid PresentationML that LibreOffice prints with the slide titles in the plan's language.</summary>
public sealed class ReviewDeckTests(DemoDocuments demo) : IClassFixture<DemoDocuments>
{
    private static readonly string[] Statuses = ["On track", "At risk", "Off track", "–"];

    public static TheoryData<string, string[]> DeckTitles() => new()
    {
        { DemoPlans.BritishAccount, ["Account review", "Summary", "KPIs and status", "Objectives", "Open actions", "Top risks", "Decisions needed"] },
        { DemoPlans.GermanAccount, ["Account-Review", "Zusammenfassung", "KPIs und Status", "Ziele", "Offene Maßnahmen", "Top-Risiken", "Benötigte Entscheidungen"] },
        { DemoPlans.DutchAccount, ["Accountreview", "Samenvatting", "KPI's en status", "Doelstellingen", "Openstaande acties", "Toprisico's", "Benodigde besluiten"] },
    };

    [Theory]
    [MemberData(nameof(DeckTitles))]
    public async Task Pptx_OfACompletePlan_IsValidWithAChartAndPrintsItsTitles(string account, string[] titles)
    {
        var deck = await DeckAsync(account);
        var content = PptxDeckWriter.Write(deck);

        using (var presentation = PresentationDocument.Open(new MemoryStream(content), false))
        {
            Assert.Empty(new OpenXmlValidator().Validate(presentation).Select(e => $"{e.Path?.PartUri} {e.Path?.XPath}: {e.Description}"));
            var slides = presentation.PresentationPart!.SlideParts.ToList();
            Assert.True(slides.Count >= titles.Length);
            Assert.Single(slides.SelectMany(s => s.ChartParts));
            Assert.Contains(slides.SelectMany(s => s.Slide.Descendants<A.Table>()), t => t.Descendants<A.TableRow>().Count() > 1);
        }

        var printed = await Tools.PdfTextAsync(await Tools.LibreOfficeToPdfAsync(content, "pptx"));
        Assert.All(titles, title => Assert.Contains(title, printed, StringComparison.Ordinal));
        Assert.Contains(account, printed, StringComparison.Ordinal);
        Assert.Equal(titles, deck.Slides.Select(s => s.Title));
    }

    [Fact]
    public async Task Pptx_KpiStatus_FallsBackToTheSuggestedAssessment()
    {
        var deck = await DeckAsync(DemoPlans.BritishAccount);
        var kpis = deck.Slides[2].Table!;

        Assert.NotEmpty(kpis.Rows);
        Assert.All(kpis.Rows, r => Assert.Contains(r[3], Statuses));
        Assert.NotNull(deck.Slides[2].Chart);
        Assert.True(deck.Slides.Single(s => s.Title == "Top risks").Table!.Rows.Count <= ReviewDeckComposer.TopRiskCount);
    }

    [Fact]
    public async Task Pptx_WritesAFormulaLikeKpiNameAsPlainText()
    {
        const string payload = "=cmd|' /C calc'!A0";
        await demo.Keyplan.WithAsync<KeyplanDbContext, int>(async db =>
        {
            var section = await db.PlanSections.SingleAsync(s => s.Plan!.Account!.Name == DemoPlans.DutchAccount && s.Key == SectionKeys.Kpis);
            var content = (KpisSection)SectionJson.Deserialize(SectionCatalog.Find(SectionKeys.Kpis)!, section.Content);
            section.Content = SectionJson.Serialize(content with { Kpis = [content.Kpis[0] with { Name = payload, Status = null }, .. content.Kpis.Skip(1)] });
            return await db.SaveChangesAsync();
        });

        var content = PptxDeckWriter.Write(await DeckAsync(DemoPlans.DutchAccount));

        using var presentation = PresentationDocument.Open(new MemoryStream(content), false);
        var texts = presentation.PresentationPart!.SlideParts.SelectMany(s => s.Slide.Descendants<A.Text>()).Select(t => t.Text).ToList();
        Assert.Contains(payload, texts);
        var printed = await Tools.PdfTextAsync(await Tools.LibreOfficeToPdfAsync(content, "pptx"));
        Assert.Contains("=cmd|", printed, StringComparison.Ordinal);
    }

    private async Task<ReviewDeck> DeckAsync(string account)
    {
        var id = await demo.PlanIdAsync(account);
        var result = await demo.Keyplan.WithAsync<BuildPlanDocumentHandler, Core.Result<ReviewDeck>>(h => h.HandleDeckAsync(id, DemoDocuments.Admin, CancellationToken.None));
        Assert.True(result.Succeeded);
        return result.Value!;
    }
}
