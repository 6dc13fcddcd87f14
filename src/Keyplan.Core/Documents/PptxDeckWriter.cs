using System.Globalization;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;

namespace Keyplan.Core.Documents;

/// <summary>
/// The review deck as PowerPoint: a 16:9 presentation whose slides have a real title placeholder (so the outline and
/// screen readers find them), text as text boxes, tables as native tables and the KPI chart as a native chart whose
/// values are cached in the chart part. Long tables continue on a second slide rather than running off the page.
/// </summary>
public static class PptxDeckWriter
{
    public const int RowsPerSlide = 10;

    private const long SlideWidth = 12_192_000;
    private const long SlideHeight = 6_858_000;
    private const long Margin = 457_200;
    private const long TitleHeight = 914_400;
    private const long RowHeight = 370_840;
    private const long ContentTop = Margin + TitleHeight + 91_440;
    private const long ContentWidth = SlideWidth - (2 * Margin);

    private static readonly XNamespace P = "http://schemas.openxmlformats.org/presentationml/2006/main";
    private static readonly XNamespace A = "http://schemas.openxmlformats.org/drawingml/2006/main";
    private static readonly XNamespace R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    public static byte[] Write(ReviewDeck deck)
    {
        var language = deck.Document.Culture.Name;
        using var stream = new MemoryStream();
        using (var package = PresentationDocument.Create(stream, DocumentFormat.OpenXml.PresentationDocumentType.Presentation))
        {
            var presentation = package.AddPresentationPart();
            var master = presentation.AddNewPart<SlideMasterPart>();
            var layout = master.AddNewPart<SlideLayoutPart>();
            layout.AddPart(master);
            var theme = master.AddNewPart<ThemePart>();
            presentation.AddPart(theme);
            Save(theme, PptxTheme.Build());
            Save(layout, new XElement(P + "sldLayout", Namespaces(), new XAttribute("preserve", "1"),
                new XElement(P + "cSld", new XAttribute("name", "Keyplan"), ShapeTree()),
                new XElement(P + "clrMapOvr", new XElement(A + "masterClrMapping"))));
            Save(master, new XElement(P + "sldMaster", Namespaces(),
                new XElement(P + "cSld", ShapeTree()),
                new XElement(P + "clrMap", new XAttribute("bg1", "lt1"), new XAttribute("tx1", "dk1"), new XAttribute("bg2", "lt2"), new XAttribute("tx2", "dk2"),
                    new XAttribute("accent1", "accent1"), new XAttribute("accent2", "accent2"), new XAttribute("accent3", "accent3"), new XAttribute("accent4", "accent4"),
                    new XAttribute("accent5", "accent5"), new XAttribute("accent6", "accent6"), new XAttribute("hlink", "hlink"), new XAttribute("folHlink", "folHlink")),
                new XElement(P + "sldLayoutIdLst", new XElement(P + "sldLayoutId", new XAttribute("id", "2147483649"), new XAttribute(R + "id", master.GetIdOfPart(layout))))));

            var slideIds = new List<XElement>();
            var number = 0;
            foreach (var slide in Paginate(deck))
            {
                var part = presentation.AddNewPart<SlidePart>();
                part.AddPart(layout);
                Save(part, Slide(part, slide, language, ++number == 1));
                slideIds.Add(new XElement(P + "sldId", new XAttribute("id", Int(255 + number)), new XAttribute(R + "id", presentation.GetIdOfPart(part))));
            }

            Save(presentation, new XElement(P + "presentation", Namespaces(),
                new XElement(P + "sldMasterIdLst", new XElement(P + "sldMasterId", new XAttribute("id", "2147483648"), new XAttribute(R + "id", presentation.GetIdOfPart(master)))),
                new XElement(P + "sldIdLst", slideIds),
                new XElement(P + "sldSz", new XAttribute("cx", Int(SlideWidth)), new XAttribute("cy", Int(SlideHeight))),
                new XElement(P + "notesSz", new XAttribute("cx", "6858000"), new XAttribute("cy", "9144000"))));
            package.PackageProperties.Title = $"{deck.Title}: {deck.Document.AccountName}";
            package.PackageProperties.Language = language;
        }

        return stream.ToArray();
    }

    /// <summary>Splits a slide whose table has more rows than fit into slides of <see cref="RowsPerSlide"/> rows, "(1/2)", "(2/2)".</summary>
    public static IEnumerable<DeckSlide> Paginate(ReviewDeck deck)
    {
        foreach (var slide in deck.Slides)
        {
            if (slide.Table is not { Rows.Count: > RowsPerSlide } table)
            {
                yield return slide;
                continue;
            }

            var pages = table.Rows.Chunk(RowsPerSlide).ToList();
            for (var i = 0; i < pages.Count; i++)
            {
                yield return slide with
                {
                    Title = $"{slide.Title} ({(i + 1).ToString(CultureInfo.InvariantCulture)}/{pages.Count.ToString(CultureInfo.InvariantCulture)})",
                    Text = i == 0 ? slide.Text : null,
                    Fields = i == 0 ? slide.Fields : null,
                    Chart = i == 0 ? slide.Chart : null,
                    Table = table with { Rows = pages[i] },
                };
            }
        }
    }

    private static XElement Slide(SlidePart part, DeckSlide slide, string language, bool cover)
    {
        var shapes = new List<XElement>();
        var id = 1;
        if (cover)
        {
            shapes.Add(Title(++id, slide.Title, language, Margin, 1_828_800, ContentWidth, 1_143_000, 4400));
            shapes.Add(TextBox(++id, slide.Text ?? string.Empty, language, Margin, 2_971_800, ContentWidth, 685_800, 2800, bold: true));
            shapes.Add(Table(++id, null, [.. (slide.Fields ?? []).Select(f => (IReadOnlyList<string>)[f.Label, f.Value])], language, Margin, 3_886_200, ContentWidth / 2));
            return SlideElement(shapes);
        }

        shapes.Add(Title(++id, slide.Title, language, Margin, Margin, ContentWidth, TitleHeight, 3200));
        var top = ContentTop;
        var width = slide.Chart is null ? ContentWidth : (ContentWidth / 2) - 91_440;
        if (slide.Text is { } text)
        {
            const long height = 1_828_800;
            shapes.Add(TextBox(++id, text, language, Margin, top, ContentWidth, height, 1400, bold: false));
            top += height + 91_440;
        }

        if (slide.Fields is { Count: > 0 } fields)
        {
            shapes.Add(Table(++id, null, [.. fields.Select(f => (IReadOnlyList<string>)[f.Label, f.Value])], language, Margin, top, width));
            top += (fields.Count * RowHeight) + 182_880;
        }

        if (slide.Table is { } table)
        {
            shapes.Add(table.Rows.Count == 0
                ? TextBox(++id, slide.Empty ?? string.Empty, language, Margin, top, width, RowHeight, 1400, bold: false)
                : Table(++id, table.Headers, table.Rows, language, Margin, top, width));
        }

        if (slide.Chart is { } chart)
        {
            shapes.Add(Chart(part, ++id, chart, Margin + width + 182_880, ContentTop, ContentWidth - width - 182_880, SlideHeight - ContentTop - Margin));
        }

        return SlideElement(shapes);
    }

    private static XElement SlideElement(List<XElement> shapes) => new(P + "sld", Namespaces(),
        new XElement(P + "cSld", ShapeTree(shapes)),
        new XElement(P + "clrMapOvr", new XElement(A + "masterClrMapping")));

    private static XElement ShapeTree(IEnumerable<XElement>? shapes = null) => new(P + "spTree",
        new XElement(P + "nvGrpSpPr", new XElement(P + "cNvPr", new XAttribute("id", "1"), new XAttribute("name", string.Empty)), new XElement(P + "cNvGrpSpPr"), new XElement(P + "nvPr")),
        new XElement(P + "grpSpPr"),
        shapes);

    /// <summary>The slide title as a title placeholder: PowerPoint's outline, accessibility checker and screen readers use it.</summary>
    private static XElement Title(int id, string text, string language, long x, long y, long cx, long cy, int size) => new(P + "sp",
        new XElement(P + "nvSpPr",
            new XElement(P + "cNvPr", new XAttribute("id", Int(id)), new XAttribute("name", "Title")),
            new XElement(P + "cNvSpPr", new XElement(A + "spLocks", new XAttribute("noGrp", "1"))),
            new XElement(P + "nvPr", new XElement(P + "ph", new XAttribute("type", "title")))),
        new XElement(P + "spPr", Transform(A, x, y, cx, cy)),
        Body(new XElement(A + "bodyPr", new XAttribute("anchor", "b")), Paragraph(text, language, size, bold: true, color: "1F3864")));

    private static XElement TextBox(int id, string text, string language, long x, long y, long cx, long cy, int size, bool bold) => new(P + "sp",
        new XElement(P + "nvSpPr",
            new XElement(P + "cNvPr", new XAttribute("id", Int(id)), new XAttribute("name", $"Text {Int(id)}")),
            new XElement(P + "cNvSpPr", new XAttribute("txBox", "1")),
            new XElement(P + "nvPr")),
        new XElement(P + "spPr", Transform(A, x, y, cx, cy), new XElement(A + "prstGeom", new XAttribute("prst", "rect"), new XElement(A + "avLst"))),
        Body(new XElement(A + "bodyPr", new XAttribute("wrap", "square"), new XElement(A + "normAutofit")),
            text.Split('\n').Select(line => Paragraph(line.TrimEnd('\r'), language, size, bold, color: null)).ToArray()));

    private static XElement Table(int id, IReadOnlyList<string>? headers, IReadOnlyList<IReadOnlyList<string>> rows, string language, long x, long y, long cx)
    {
        var columns = Math.Max(headers?.Count ?? 0, rows.Count == 0 ? 1 : rows.Max(r => r.Count));
        var columnWidth = cx / columns;
        var allRows = (headers is null ? rows : rows.Prepend(headers)).ToList();
        var table = new XElement(A + "tbl",
            new XElement(A + "tblPr", new XAttribute("firstRow", headers is null ? "0" : "1"), new XAttribute("bandRow", "1")),
            new XElement(A + "tblGrid", Enumerable.Range(0, columns).Select(_ => new XElement(A + "gridCol", new XAttribute("w", Int(columnWidth))))),
            allRows.Select((row, index) => new XElement(A + "tr", new XAttribute("h", Int(RowHeight)),
                Enumerable.Range(0, columns).Select(c => Cell(c < row.Count ? row[c] : string.Empty, language, header: headers is not null && index == 0)))));
        return new XElement(P + "graphicFrame",
            new XElement(P + "nvGraphicFramePr",
                new XElement(P + "cNvPr", new XAttribute("id", Int(id)), new XAttribute("name", $"Table {Int(id)}")),
                new XElement(P + "cNvGraphicFramePr", new XElement(A + "graphicFrameLocks", new XAttribute("noGrp", "1"))),
                new XElement(P + "nvPr")),
            Transform(P, x, y, columnWidth * columns, RowHeight * allRows.Count),
            new XElement(A + "graphic", new XElement(A + "graphicData", new XAttribute("uri", "http://schemas.openxmlformats.org/drawingml/2006/table"), table)));
    }

    private static XElement Cell(string text, string language, bool header) => new(A + "tc",
        new XElement(A + "txBody", new XElement(A + "bodyPr"), new XElement(A + "lstStyle"), Paragraph(text, language, 1200, header, header ? "FFFFFF" : null)),
        new XElement(A + "tcPr",
            Border("lnL"), Border("lnR"), Border("lnT"), Border("lnB"),
            new XElement(A + "solidFill", new XElement(A + "srgbClr", new XAttribute("val", header ? "1F3864" : "FFFFFF")))));

    private static XElement Border(string side) => new(A + side, new XAttribute("w", "6350"),
        new XElement(A + "solidFill", new XElement(A + "srgbClr", new XAttribute("val", "BFBFBF"))));

    private static XElement Chart(SlidePart slide, int id, ChartData data, long x, long y, long cx, long cy)
    {
        var chartPart = slide.AddNewPart<ChartPart>();
        using (var stream = chartPart.GetStream(FileMode.Create))
        {
            ChartXml.Build(data.Title, data.Categories, null, data.Series.Select(s => new ChartSeries(s.Name, null, s.Values, null, s.Line)).ToList()).Save(stream);
        }

        XNamespace c = "http://schemas.openxmlformats.org/drawingml/2006/chart";
        return new XElement(P + "graphicFrame",
            new XElement(P + "nvGraphicFramePr",
                new XElement(P + "cNvPr", new XAttribute("id", Int(id)), new XAttribute("name", data.Title), new XAttribute("descr", data.Title)),
                new XElement(P + "cNvGraphicFramePr"),
                new XElement(P + "nvPr")),
            Transform(P, x, y, cx, cy),
            new XElement(A + "graphic", new XElement(A + "graphicData", new XAttribute("uri", c.NamespaceName),
                new XElement(c + "chart", new XAttribute(XNamespace.Xmlns + "c", c), new XAttribute(R + "id", slide.GetIdOfPart(chartPart))))));
    }

    private static XElement Body(XElement bodyProperties, params XElement[] paragraphs) =>
        new(P + "txBody", bodyProperties, new XElement(A + "lstStyle"), paragraphs);

    private static XElement Paragraph(string text, string language, int size, bool bold, string? color)
    {
        var properties = new XElement(A + "rPr", new XAttribute("lang", language), new XAttribute("sz", Int(size)), new XAttribute("b", bold ? "1" : "0"));
        if (color is not null)
        {
            properties.Add(new XElement(A + "solidFill", new XElement(A + "srgbClr", new XAttribute("val", color))));
        }

        return text.Length == 0
            ? new XElement(A + "p", new XElement(A + "endParaRPr", new XAttribute("lang", language), new XAttribute("sz", Int(size))))
            : new XElement(A + "p", new XElement(A + "r", properties, new XElement(A + "t", text)));
    }

    private static XElement Transform(XNamespace ns, long x, long y, long cx, long cy) => new(ns + "xfrm",
        new XElement(A + "off", new XAttribute("x", Int(x)), new XAttribute("y", Int(y))),
        new XElement(A + "ext", new XAttribute("cx", Int(cx)), new XAttribute("cy", Int(cy))));

    private static object[] Namespaces() =>
        [new XAttribute(XNamespace.Xmlns + "p", P), new XAttribute(XNamespace.Xmlns + "a", A), new XAttribute(XNamespace.Xmlns + "r", R)];

    private static void Save(OpenXmlPart part, XElement root) => Save(part, new XDocument(root));

    private static void Save(OpenXmlPart part, XDocument document)
    {
        using var stream = part.GetStream(FileMode.Create);
        document.Save(stream);
    }

    private static string Int(long value) => value.ToString(CultureInfo.InvariantCulture);
}
