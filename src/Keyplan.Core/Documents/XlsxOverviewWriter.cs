using System.Globalization;
using System.Xml.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Keyplan.Core.Plans.Sections;
using Xdr = DocumentFormat.OpenXml.Drawing.Spreadsheet;
using A = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Drawing.Charts;

namespace Keyplan.Core.Documents;

/// <summary>
/// The Excel overview (SPEC §3): one overview sheet with the key figures, objectives, top opportunities and risks,
/// actions and the visit plan, a data sheet the charts read from, and the whole plan on a third sheet. The charts are
/// native Excel charts whose series point at the data sheet's cells, so they redraw when a number is edited.
/// </summary>
public static class XlsxOverviewWriter
{
    private const int ChartColumn = 7;
    private const int ChartHeightRows = 16;

    public static byte[] Write(PlanDocument document)
    {
        using var stream = new MemoryStream();
        using (var package = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = package.AddWorkbookPart();
            workbookPart.Workbook = new Workbook(new Sheets());
            AddStyles(workbookPart);
            var text = document.Text;

            var overviewName = SheetName(text["Overview"]);
            var dataName = SheetName(text["Data"]);
            var overview = AddSheet(workbookPart, overviewName);
            var data = AddSheet(workbookPart, dataName);
            var plan = AddSheet(workbookPart, SheetName(document.Title));

            var charts = WriteData(data, dataName, document);
            WriteOverview(overview, document);
            WritePlan(plan, document);
            overview.Save();
            data.Save();
            plan.Save();
            AddCharts(overview.Part, charts);
            workbookPart.Workbook.Save();
        }

        return stream.ToArray();
    }

    /// <summary>An Excel sheet name: at most 31 characters, none of : \ / ? * [ ].</summary>
    internal static string SheetName(string name)
    {
        var clean = new string(name.Select(c => c is ':' or '\\' or '/' or '?' or '*' or '[' or ']' or '\'' ? ' ' : c).ToArray()).Trim();
        return clean.Length > 31 ? clean[..31].TrimEnd() : clean;
    }

    private static SheetWriter AddSheet(WorkbookPart workbookPart, string name)
    {
        var part = workbookPart.AddNewPart<WorksheetPart>();
        var sheets = workbookPart.Workbook.Sheets!;
        sheets.Append(new Sheet { Id = workbookPart.GetIdOfPart(part), SheetId = (uint)sheets.ChildElements.Count + 1, Name = name });
        return new SheetWriter(part);
    }

    private static List<(ChartData Chart, string CategoriesRef, List<ChartSeries> Series)> WriteData(SheetWriter sheet, string sheetName, PlanDocument document)
    {
        var result = new List<(ChartData, string, List<ChartSeries>)>();
        var column = 0;
        foreach (var chart in DocumentChartData.All(document))
        {
            // Each chart's table: categories in the first column, one column per series, a header row with the names.
            var first = column;
            sheet.Set(0, first, chart.Title, SheetWriter.Bold);
            sheet.Set(1, first, string.Empty, SheetWriter.Bold);
            for (var i = 0; i < chart.Categories.Count; i++)
            {
                sheet.Set(i + 2, first, chart.Categories[i]);
            }

            var series = new List<ChartSeries>();
            for (var s = 0; s < chart.Series.Count; s++)
            {
                var col = first + 1 + s;
                var (name, values, line) = chart.Series[s];
                sheet.Set(1, col, name, SheetWriter.Bold);
                for (var i = 0; i < values.Count; i++)
                {
                    sheet.SetNumber(i + 2, col, values[i]);
                }

                series.Add(new ChartSeries(name, Ref(sheetName, 1, col, 1, col), values, Ref(sheetName, 2, col, chart.Categories.Count + 1, col), line));
            }

            result.Add((chart, Ref(sheetName, 2, first, chart.Categories.Count + 1, first), series));
            sheet.Width(first, 24);
            column = first + chart.Series.Count + 2;
        }

        return result;
    }

    private static void WriteOverview(SheetWriter sheet, PlanDocument document)
    {
        var text = document.Text;
        sheet.Set(sheet.Row, 0, $"{document.Title} – {document.AccountName}", SheetWriter.Title);
        sheet.Row += 2;
        sheet.Set(sheet.Row++, 0, text["KeyFigures"], SheetWriter.Bold);
        foreach (var field in document.Cover.Concat(KeyFigures(document)))
        {
            sheet.Set(sheet.Row, 0, field.Label, SheetWriter.Bold);
            sheet.Set(sheet.Row++, 1, field.Value);
        }

        sheet.Row++;
        WriteTables(sheet, document, SectionKeys.Objectives, null);
        WriteTables(sheet, document, SectionKeys.Kpis, null);
        WriteTables(sheet, document, SectionKeys.Swot, [text.Field("TopOpportunities"), text.Field("TopRisks")]);
        WriteTables(sheet, document, SectionKeys.Actions, null);
        WriteTables(sheet, document, SectionKeys.Visits, null);
        sheet.Width(0, 28);
        for (var c = 1; c < ChartColumn - 1; c++)
        {
            sheet.Width(c, 18);
        }
    }

    private static IEnumerable<DocumentField> KeyFigures(PlanDocument document)
    {
        var text = document.Text;
        if (document.Charts.Revenue is [.., var last])
        {
            yield return new(FormattableString.Invariant($"{text["Revenue"]} {last.Year}"), last.Revenue.ToString("N0", document.Culture) + " " + document.Currency);
            if (last.ShareOfWalletPercent is { } share)
            {
                yield return new(text["ShareOfWallet"], share.ToString("N1", document.Culture));
            }
        }

        if (document.Charts.Costs.Count > 0)
        {
            yield return new(text["TotalCost"], document.Charts.Costs.Sum(c => c.Amount).ToString("N0", document.Culture) + " " + document.Currency);
        }
    }

    private static void WriteTables(SheetWriter sheet, PlanDocument document, string sectionKey, IReadOnlyList<string>? captions)
    {
        var section = document.Sections.FirstOrDefault(s => s.Key == sectionKey);
        if (section is null)
        {
            return;
        }

        foreach (var table in section.Blocks.OfType<DocumentTable>().Where(t => captions is null || captions.Contains(t.Caption ?? string.Empty)))
        {
            sheet.Set(sheet.Row++, 0, $"{section.Title}: {table.Caption}", SheetWriter.Bold);
            WriteTable(sheet, table);
        }
    }

    private static void WriteTable(SheetWriter sheet, DocumentTable table)
    {
        for (var c = 0; c < table.Headers.Count; c++)
        {
            sheet.Set(sheet.Row, c, table.Headers[c], SheetWriter.Bold);
        }

        sheet.Row++;
        foreach (var row in table.Rows)
        {
            for (var c = 0; c < row.Count; c++)
            {
                sheet.Set(sheet.Row, c, row[c], SheetWriter.Wrap);
            }

            sheet.Row++;
        }

        sheet.Row++;
    }

    private static void WritePlan(SheetWriter sheet, PlanDocument document)
    {
        foreach (var section in document.Sections)
        {
            sheet.Set(sheet.Row++, 0, $"{section.Number}. {section.Title}", SheetWriter.Title);
            foreach (var block in section.Blocks)
            {
                switch (block)
                {
                    case FieldList list:
                        foreach (var field in list.Fields)
                        {
                            sheet.Set(sheet.Row, 0, list.Caption is null ? field.Label : $"{list.Caption}: {field.Label}", SheetWriter.Bold);
                            sheet.Set(sheet.Row++, 1, field.Value, SheetWriter.Wrap);
                        }

                        sheet.Row++;
                        break;
                    case DocumentTable table:
                        sheet.Set(sheet.Row++, 0, table.Caption ?? string.Empty, SheetWriter.Bold);
                        WriteTable(sheet, table);
                        break;
                    default:
                        break;
                }
            }
        }

        sheet.Width(0, 30);
        for (var c = 1; c < 8; c++)
        {
            sheet.Width(c, 24);
        }
    }

    private static void AddCharts(WorksheetPart sheetPart, List<(ChartData Chart, string CategoriesRef, List<ChartSeries> Series)> charts)
    {
        if (charts.Count == 0)
        {
            return;
        }

        var drawingPart = sheetPart.AddNewPart<DrawingsPart>();
        var drawing = new Xdr.WorksheetDrawing();
        drawing.AddNamespaceDeclaration("xdr", "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing");
        drawing.AddNamespaceDeclaration("a", "http://schemas.openxmlformats.org/drawingml/2006/main");
        for (var i = 0; i < charts.Count; i++)
        {
            var (chart, categoriesRef, series) = charts[i];
            var chartPart = drawingPart.AddNewPart<ChartPart>();
            using (var chartStream = chartPart.GetStream(FileMode.Create))
            {
                ChartXml.Build(chart.Title, chart.Categories, categoriesRef, series).Save(chartStream);
            }

            var top = 1 + (i * (ChartHeightRows + 1));
            drawing.Append(new Xdr.TwoCellAnchor(
                Marker<Xdr.FromMarker>(ChartColumn, top),
                Marker<Xdr.ToMarker>(ChartColumn + 8, top + ChartHeightRows),
                new Xdr.GraphicFrame(
                    new Xdr.NonVisualGraphicFrameProperties(
                        new Xdr.NonVisualDrawingProperties { Id = (uint)(i + 2), Name = chart.Title },
                        new Xdr.NonVisualGraphicFrameDrawingProperties()),
                    new Xdr.Transform(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = 0, Cy = 0 }),
                    new A.Graphic(new A.GraphicData(new C.ChartReference { Id = drawingPart.GetIdOfPart(chartPart) })
                    {
                        Uri = "http://schemas.openxmlformats.org/drawingml/2006/chart",
                    }))
                { Macro = string.Empty },
                new Xdr.ClientData()));
        }

        drawingPart.WorksheetDrawing = drawing;
        sheetPart.Worksheet.Append(new Drawing { Id = sheetPart.GetIdOfPart(drawingPart) });
        sheetPart.Worksheet.Save();
    }

    private static T Marker<T>(int column, int row)
        where T : OpenXmlCompositeElement, new()
    {
        var marker = new T();
        marker.Append(
            new Xdr.ColumnId(column.ToString(CultureInfo.InvariantCulture)),
            new Xdr.ColumnOffset("0"),
            new Xdr.RowId(row.ToString(CultureInfo.InvariantCulture)),
            new Xdr.RowOffset("0"));
        return marker;
    }

    /// <summary>An absolute range on a sheet, zero-based rows and columns: <c>'Data'!$B$2:$B$5</c>.</summary>
    internal static string Ref(string sheet, int row1, int col1, int row2, int col2) =>
        $"'{sheet.Replace("'", "''", StringComparison.Ordinal)}'!${SheetWriter.Column(col1)}${row1 + 1}:${SheetWriter.Column(col2)}${row2 + 1}";

    private static void AddStyles(WorkbookPart workbookPart)
    {
        var stylesPart = workbookPart.AddNewPart<WorkbookStylesPart>();
        stylesPart.Stylesheet = new Stylesheet(
            new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "#,##0.##" }) { Count = 1 },
            new Fonts(
                new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
                new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
                new Font(new Bold(), new FontSize { Val = 14 }, new FontName { Val = "Calibri" }))
            { Count = 3 },
            new Fills(
                new Fill(new PatternFill { PatternType = PatternValues.None }),
                new Fill(new PatternFill { PatternType = PatternValues.Gray125 }))
            { Count = 2 },
            new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
            new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
            new CellFormats(
                new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
                new CellFormat { NumberFormatId = 0, FontId = 1, FillId = 0, BorderId = 0, FormatId = 0, ApplyFont = true },
                new CellFormat { NumberFormatId = 0, FontId = 2, FillId = 0, BorderId = 0, FormatId = 0, ApplyFont = true },
                new CellFormat { NumberFormatId = 164, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true },
                new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }) { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyAlignment = true })
            { Count = 5 },
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
        stylesPart.Stylesheet.Save();
    }
}
