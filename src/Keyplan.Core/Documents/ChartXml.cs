using System.Globalization;
using System.Xml.Linq;

namespace Keyplan.Core.Documents;

/// <summary>One series of a native Office chart. With a range, the chart reads its data from the cells (Excel).</summary>
/// <param name="NameRef">The cell holding the series name, e.g. <c>'Data'!$B$1</c>; null writes the name literally.</param>
/// <param name="ValuesRef">The cells holding the values, e.g. <c>'Data'!$B$2:$B$5</c>; null writes the values literally.</param>
/// <param name="Line">Drawn as a line on a secondary axis (share of wallet beside revenue) rather than as bars.</param>
internal sealed record ChartSeries(string Name, string? NameRef, IReadOnlyList<double?> Values, string? ValuesRef, bool Line = false);

/// <summary>
/// Writes the DrawingML chart part (c:chartSpace) that Word and Excel both draw natively: clustered columns, with an
/// optional line series on a secondary axis. The values are cached in the part so a viewer that does not recalculate
/// (LibreOffice, the Word preview) shows them too.
/// </summary>
internal static class ChartXml
{
    private static readonly XNamespace C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
    private static readonly XNamespace A = "http://schemas.openxmlformats.org/drawingml/2006/main";
    private static readonly XNamespace R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// <summary>Explicit series colours: without them LibreOffice leaves the columns of a combined chart unfilled.</summary>
    private static readonly string[] Colors = ["1F3864", "C55A11", "70AD47", "7F7F7F"];

    public static XDocument Build(string title, IReadOnlyList<string> categories, string? categoriesRef, IReadOnlyList<ChartSeries> series)
    {
        var bars = series.Where(s => !s.Line).ToList();
        var lines = series.Where(s => s.Line).ToList();
        var plotArea = new XElement(C + "plotArea", new XElement(C + "layout"));
        plotArea.Add(new XElement(C + "barChart",
            Val("barDir", "col"), Val("grouping", "clustered"), Val("varyColors", "0"),
            bars.Select((s, i) => Series(s, i, categories, categoriesRef, line: false)),
            Val("gapWidth", "150"), Val("axId", "1"), Val("axId", "2")));
        if (lines.Count > 0)
        {
            plotArea.Add(new XElement(C + "lineChart",
                Val("grouping", "standard"), Val("varyColors", "0"),
                lines.Select((s, i) => Series(s, bars.Count + i, categories, categoriesRef, line: true)),
                Val("marker", "1"), Val("axId", "3"), Val("axId", "4")));
        }

        plotArea.Add(CategoryAxis(1, 2, deleted: false), ValueAxis(2, 1, "l", crossesMax: false));
        if (lines.Count > 0)
        {
            plotArea.Add(CategoryAxis(3, 4, deleted: true), ValueAxis(4, 3, "r", crossesMax: true));
        }

        return new XDocument(new XElement(C + "chartSpace",
            new XAttribute(XNamespace.Xmlns + "c", C), new XAttribute(XNamespace.Xmlns + "a", A), new XAttribute(XNamespace.Xmlns + "r", R),
            Val("roundedCorners", "0"),
            new XElement(C + "chart",
                new XElement(C + "title", new XElement(C + "tx", Rich(title)), Val("overlay", "0")),
                Val("autoTitleDeleted", "0"),
                plotArea,
                new XElement(C + "legend", Val("legendPos", "b"), Val("overlay", "0")),
                Val("plotVisOnly", "1"),
                Val("dispBlanksAs", "gap"))));
    }

    private static XElement Series(ChartSeries series, int index, IReadOnlyList<string> categories, string? categoriesRef, bool line)
    {
        var element = new XElement(C + "ser", Val("idx", Int(index)), Val("order", Int(index)),
            new XElement(C + "tx", series.NameRef is null
                ? new XElement(C + "v", series.Name)
                : new XElement(C + "strRef", new XElement(C + "f", series.NameRef), StrCache("strCache", [series.Name]))));
        var color = new XElement(A + "solidFill", new XElement(A + "srgbClr", new XAttribute("val", Colors[index % Colors.Length])));
        if (line)
        {
            element.Add(new XElement(C + "spPr", new XElement(A + "ln", new XAttribute("w", "28575"), color)));
            element.Add(new XElement(C + "marker", Val("symbol", "circle"), Val("size", "6")));
        }
        else
        {
            element.Add(new XElement(C + "spPr", color));
            element.Add(Val("invertIfNegative", "0"));
        }

        element.Add(new XElement(C + "cat", categoriesRef is null
            ? StrCache("strLit", categories)
            : new XElement(C + "strRef", new XElement(C + "f", categoriesRef), StrCache("strCache", categories))));
        element.Add(new XElement(C + "val", series.ValuesRef is null
            ? NumCache("numLit", series.Values)
            : new XElement(C + "numRef", new XElement(C + "f", series.ValuesRef), NumCache("numCache", series.Values))));
        if (line)
        {
            element.Add(Val("smooth", "0"));
        }

        return element;
    }

    private static XElement StrCache(string name, IReadOnlyList<string> values) => new(C + name,
        Val("ptCount", Int(values.Count)),
        values.Select((v, i) => new XElement(C + "pt", new XAttribute("idx", i), new XElement(C + "v", v))));

    private static XElement NumCache(string name, IReadOnlyList<double?> values) => new(C + name,
        new XElement(C + "formatCode", "General"),
        Val("ptCount", Int(values.Count)),
        values.Select((v, i) => (v, i)).Where(p => p.v is not null)
            .Select(p => new XElement(C + "pt", new XAttribute("idx", p.i), new XElement(C + "v", p.v!.Value.ToString("R", CultureInfo.InvariantCulture)))));

    private static XElement CategoryAxis(int id, int crossAxis, bool deleted) => new(C + "catAx",
        Val("axId", Int(id)), new XElement(C + "scaling", Val("orientation", "minMax")), Val("delete", deleted ? "1" : "0"),
        Val("axPos", "b"), Val("majorTickMark", "out"), Val("minorTickMark", "none"), Val("tickLblPos", "nextTo"),
        Val("crossAx", Int(crossAxis)), Val("crosses", "autoZero"), Val("auto", "1"), Val("lblAlgn", "ctr"), Val("lblOffset", "100"),
        Val("noMultiLvlLbl", "0"));

    private static XElement ValueAxis(int id, int crossAxis, string position, bool crossesMax)
    {
        // From zero, so columns compare by height (the default would start near the smallest value).
        var axis = new XElement(C + "valAx", Val("axId", Int(id)), new XElement(C + "scaling", Val("orientation", "minMax"), Val("min", "0")),
            Val("delete", "0"), Val("axPos", position));
        if (!crossesMax)
        {
            axis.Add(new XElement(C + "majorGridlines"));
        }

        axis.Add(new XElement(C + "numFmt", new XAttribute("formatCode", "General"), new XAttribute("sourceLinked", "1")),
            Val("majorTickMark", "out"), Val("minorTickMark", "none"), Val("tickLblPos", "nextTo"),
            Val("crossAx", Int(crossAxis)), Val("crosses", crossesMax ? "max" : "autoZero"), Val("crossBetween", "between"));
        return axis;
    }

    private static XElement Rich(string text) => new(C + "rich",
        new XElement(A + "bodyPr"), new XElement(A + "lstStyle"),
        new XElement(A + "p", new XElement(A + "r", new XElement(A + "t", text))));

    private static XElement Val(string name, string value) => new(C + name, new XAttribute("val", value));

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
}
