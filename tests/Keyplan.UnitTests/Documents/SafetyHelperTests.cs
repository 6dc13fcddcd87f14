using Keyplan.Core;
using Keyplan.Core.Documents;

namespace Keyplan.UnitTests.Documents;

public sealed class SafetyHelperTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")")]
    [InlineData("+1")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1)")]
    [InlineData("\tcmd")]
    [InlineData("\rcmd")]
    public void LooksLikeFormula_ForEachDangerousStart_IsTrueAndCsvQuotesIt(string value)
    {
        Assert.True(SpreadsheetText.LooksLikeFormula(value));
        Assert.Equal("'" + value, SpreadsheetText.ForCsv(value));
    }

    [Theory]
    [InlineData("Revenue 2026")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData(" =not at start")]
    public void LooksLikeFormula_ForOrdinaryText_IsFalse(string? value) => Assert.False(SpreadsheetText.LooksLikeFormula(value));

    [Fact]
    public void TextCell_ForAFormulaLikeValue_IsAnInlineStringWithoutFormula()
    {
        var cell = SheetWriter.TextCell("=HYPERLINK(\"http://evil\",\"x\")");

        Assert.Equal(DocumentFormat.OpenXml.Spreadsheet.CellValues.InlineString, cell.DataType!.Value);
        Assert.Null(cell.CellFormula);
        Assert.Equal("=HYPERLINK(\"http://evil\",\"x\")", cell.InnerText);
    }

    [Theory]
    [InlineData("Ashworth & Moore Engineering Ltd", "2026", DocumentAudience.Internal, "pdf", "Keyplan_Ashworth_Moore_Engineering_Ltd_2026_internal.pdf")]
    [InlineData("Vossberg Maschinenbau GmbH", "2026", DocumentAudience.Customer, "docx", "Keyplan_Vossberg_Maschinenbau_GmbH_2026_customer.docx")]
    [InlineData("../../etc/passwd\"; x", "2026", DocumentAudience.Internal, "xlsx", "Keyplan_etc_passwd_x_2026_internal.xlsx")]
    [InlineData("Müller/Öl: \"A|B\"*?<>", "2025-2026", DocumentAudience.Internal, "pdf", "Keyplan_Müller_Öl_A_B_2025-2026_internal.pdf")]
    [InlineData("???", "2026", DocumentAudience.Internal, "pdf", "Keyplan_plan_2026_internal.pdf")]
    public void ExportFileName_RemovesEverythingUnsafe(string account, string period, DocumentAudience audience, string extension, string expected) =>
        Assert.Equal(expected, ExportFileName.For(account, period, audience, extension));

    [Fact]
    public void ExportFileName_CutsVeryLongNames() =>
        Assert.True(ExportFileName.Part(new string('a', 500)).Length <= ExportFileName.MaxPartLength);

    [Theory]
    [InlineData("pdf", null, ExportFormat.Pdf, DocumentAudience.Internal)]
    [InlineData("DOCX", "customer", ExportFormat.Docx, DocumentAudience.Customer)]
    [InlineData("xlsx", "internal", ExportFormat.Xlsx, DocumentAudience.Internal)]
    [InlineData("PPTX", null, ExportFormat.Pptx, DocumentAudience.Internal)]
    public void ExportRequest_ReadsKnownValues(string format, string? audience, ExportFormat expectedFormat, DocumentAudience expectedAudience)
    {
        var result = ExportRequest.Parse(format, audience);

        Assert.True(result.Succeeded);
        Assert.Equal((expectedFormat, expectedAudience), result.Value);
    }

    [Theory]
    [InlineData(null, null, "format")]
    [InlineData("ppt", null, "format")]
    [InlineData("1", null, "format")]
    [InlineData("pdf", "everyone", "audience")]
    public void ExportRequest_NamesTheBadParameter(string? format, string? audience, string field)
    {
        var failure = Assert.IsType<Failure.Invalid>(ExportRequest.Parse(format, audience).Failure);

        Assert.Equal([field], failure.Errors.Keys);
    }

    [Fact]
    public void CustomerAudience_IsPdfAndWordOnly()
    {
        Assert.True(ExportPlanHandler.Allows(ExportFormat.Pdf, DocumentAudience.Customer));
        Assert.True(ExportPlanHandler.Allows(ExportFormat.Docx, DocumentAudience.Customer));
        Assert.False(ExportPlanHandler.Allows(ExportFormat.Xlsx, DocumentAudience.Customer));
        Assert.True(ExportPlanHandler.Allows(ExportFormat.Xlsx, DocumentAudience.Internal));
        Assert.False(ExportPlanHandler.Allows(ExportFormat.Pptx, DocumentAudience.Customer));
        Assert.True(ExportPlanHandler.Allows(ExportFormat.Pptx, DocumentAudience.Internal));
    }
}
