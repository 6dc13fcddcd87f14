using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Drawing.Charts;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace Keyplan.Core.Documents;

/// <summary>
/// The plan document as Word: a title page, a table of contents field, each section under a real Heading 1 (so Word
/// builds its navigation pane), tables with a grid, and the charts as native Word charts.
/// </summary>
public static class DocxPlanWriter
{
    /// <summary>Text width of an A4 page with 2 cm margins, in twentieths of a point.</summary>
    private const int TextWidthTwips = 9638;
    private const long ChartWidthEmu = 6_120_000;
    private const long ChartHeightEmu = 3_240_000;

    public static byte[] Write(PlanDocument document)
    {
        using var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = package.AddMainDocumentPart();
            DocxStyles.Add(main, document.Culture.Name);
            var settings = main.AddNewPart<DocumentSettingsPart>();

            // Word fills the table of contents when the document opens.
            settings.Settings = new Settings(new UpdateFieldsOnOpen { Val = true });
            settings.Settings.Save();

            var body = new Body();
            TitlePage(body, document);
            Contents(body, document);
            var chartNumber = 0;
            foreach (var section in document.Sections)
            {
                body.Append(Heading("Heading1", $"{section.Number}. {section.Title}"));
                if (section.Blocks.Count == 0)
                {
                    body.Append(Para(document.Text["Empty"]));
                }

                foreach (var block in section.Blocks)
                {
                    switch (block)
                    {
                        case FieldList list:
                            if (list.Caption is not null)
                            {
                                body.Append(Heading("Heading2", list.Caption));
                            }

                            body.Append(Table([], list.Fields.Select(f => (IReadOnlyList<string>)[f.Label, f.Value]).ToList(), [3000, TextWidthTwips - 3000]), Para(string.Empty));
                            break;
                        case DocumentTable table:
                            if (table.Caption is not null)
                            {
                                body.Append(Heading("Heading2", table.Caption));
                            }

                            body.Append(Table(table.Headers, table.Rows, null), Para(string.Empty));
                            break;
                        case ChartBlock chart:
                            body.Append(Chart(main, DocumentChartData.For(document, chart.Kind), ++chartNumber));
                            break;
                        case RelationshipBlock when document.Relationships is { } map:
                            body.Append(Heading("Heading2", document.Text["RelationshipMap"]));
                            body.Append(Table(
                                [document.Text["Contact"], document.Text.Field("Title"), document.Text["Department"], document.Text["ReportsTo"], document.Text.Field("Roles")],
                                map.People.Select(p => (IReadOnlyList<string>)[p.Name, p.Title ?? string.Empty, p.Department ?? string.Empty, p.ReportsToName ?? string.Empty, p.Assessment]).ToList(),
                                null), Para(string.Empty));
                            break;
                        default:
                            break;
                    }
                }
            }

            body.Append(new SectionProperties(
                new PageSize { Width = 11906, Height = 16838 },
                new PageMargin { Top = 1134, Right = 1134, Bottom = 1134, Left = 1134, Header = 709, Footer = 709, Gutter = 0 }));
            main.Document = new Document(body);
            main.Document.Save();
        }

        return stream.ToArray();
    }

    private static void TitlePage(Body body, PlanDocument document)
    {
        body.Append(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Title" }), Run(document.Title)));
        body.Append(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Subtitle" }), Run(document.AccountName)));
        body.Append(Table([], document.Cover.Select(f => (IReadOnlyList<string>)[f.Label, f.Value]).ToList(), [3000, TextWidthTwips - 3000]));
        if (document.Audience == DocumentAudience.Internal)
        {
            body.Append(Para(document.Text["Internal"]));
        }

        body.Append(new Paragraph(new Run(new Break { Type = BreakValues.Page })));
    }

    /// <summary>A TOC field over the headings; its result holds the section titles until Word refreshes it with page numbers.</summary>
    private static void Contents(Body body, PlanDocument document)
    {
        body.Append(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "TOCHeading" }), Run(document.Text["Contents"])));
        body.Append(new Paragraph(
            new Run(new FieldChar { FieldCharType = FieldCharValues.Begin, Dirty = true }),
            new Run(new FieldCode(" TOC \\o \"1-2\" \\h \\z \\u ") { Space = SpaceProcessingModeValues.Preserve }),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Separate })));
        foreach (var section in document.Sections)
        {
            body.Append(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "TOC1" }), Run($"{section.Number}. {section.Title}")));
        }

        body.Append(new Paragraph(new Run(new FieldChar { FieldCharType = FieldCharValues.End })));
        body.Append(new Paragraph(new Run(new Break { Type = BreakValues.Page })));
    }

    private static Paragraph Heading(string style, string text) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = style }), Run(text));

    private static Paragraph Para(string text) => new(Run(text));

    private static Run Run(string text, bool bold = false)
    {
        var run = new Run();
        if (bold)
        {
            run.Append(new RunProperties(new Bold()));
        }

        // Line breaks in a text become Word line breaks, not lost characters.
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                run.Append(new Break());
            }

            run.Append(new Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
        }

        return run;
    }

    private static Table Table(IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<string>> rows, int[]? widths)
    {
        var columns = Math.Max(headers.Count, rows.Count == 0 ? 1 : rows.Max(r => r.Count));
        widths ??= Enumerable.Repeat(TextWidthTwips / columns, columns).ToArray();
        var table = new Table(
            new TableProperties(
                new TableStyle { Val = "TableGrid" },
                new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
                new TableLayout { Type = TableLayoutValues.Fixed }),
            new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(System.Globalization.CultureInfo.InvariantCulture) })));
        if (headers.Count > 0)
        {
            table.Append(Row(headers, widths, header: true));
        }

        foreach (var row in rows)
        {
            table.Append(Row(row, widths, header: false));
        }

        return table;
    }

    private static TableRow Row(IReadOnlyList<string> cells, int[] widths, bool header)
    {
        var row = new TableRow();
        if (header)
        {
            row.Append(new TableRowProperties(new TableHeader()));
        }

        for (var c = 0; c < widths.Length; c++)
        {
            var value = c < cells.Count ? cells[c] : string.Empty;
            row.Append(new TableCell(
                new TableCellProperties(new TableCellWidth { Width = widths[c].ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa }),
                new Paragraph(new ParagraphProperties(new SpacingBetweenLines { After = "0" }), Run(value, bold: header))));
        }

        return row;
    }

    private static Paragraph Chart(MainDocumentPart main, ChartData data, int number)
    {
        var chartPart = main.AddNewPart<ChartPart>();
        using (var stream = chartPart.GetStream(FileMode.Create))
        {
            ChartXml.Build(data.Title, data.Categories, null, data.Series.Select(s => new ChartSeries(s.Name, null, s.Values, null, s.Line)).ToList()).Save(stream);
        }

        var inline = new DW.Inline(
            new DW.Extent { Cx = ChartWidthEmu, Cy = ChartHeightEmu },
            new DW.EffectExtent { LeftEdge = 0, TopEdge = 0, RightEdge = 0, BottomEdge = 0 },
            new DW.DocProperties { Id = (uint)number, Name = data.Title },
            new DW.NonVisualGraphicFrameDrawingProperties(),
            new A.Graphic(new A.GraphicData(new C.ChartReference { Id = main.GetIdOfPart(chartPart) })
            {
                Uri = "http://schemas.openxmlformats.org/drawingml/2006/chart",
            }))
        {
            DistanceFromTop = 0,
            DistanceFromBottom = 0,
            DistanceFromLeft = 0,
            DistanceFromRight = 0,
        };
        return new Paragraph(new Run(new Drawing(inline)));
    }
}
