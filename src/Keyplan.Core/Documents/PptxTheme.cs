using System.Xml.Linq;

namespace Keyplan.Core.Documents;

/// <summary>The one theme the review deck uses: Office-like colours and fonts, the minimum PowerPoint requires.</summary>
internal static class PptxTheme
{
    private static readonly XNamespace A = "http://schemas.openxmlformats.org/drawingml/2006/main";

    public static XDocument Build()
    {
        string[] colors = ["dk1:000000", "lt1:FFFFFF", "dk2:1F3864", "lt2:E7E6E6", "accent1:1F3864", "accent2:C55A11", "accent3:70AD47", "accent4:7F7F7F", "accent5:4472C4", "accent6:FFC000", "hlink:0563C1", "folHlink:954F72"];
        return new XDocument(new XElement(A + "theme", new XAttribute(XNamespace.Xmlns + "a", A), new XAttribute("name", "Keyplan"),
            new XElement(A + "themeElements",
                new XElement(A + "clrScheme", new XAttribute("name", "Keyplan"),
                    colors.Select(c => c.Split(':')).Select(c => new XElement(A + c[0], new XElement(A + "srgbClr", new XAttribute("val", c[1]))))),
                new XElement(A + "fontScheme", new XAttribute("name", "Keyplan"), Font("majorFont"), Font("minorFont")),
                new XElement(A + "fmtScheme", new XAttribute("name", "Keyplan"),
                    new XElement(A + "fillStyleLst", Fill(), Fill(), Fill()),
                    new XElement(A + "lnStyleLst", Line(), Line(), Line()),
                    new XElement(A + "effectStyleLst", Effect(), Effect(), Effect()),
                    new XElement(A + "bgFillStyleLst", Fill(), Fill(), Fill()))),
            new XElement(A + "objectDefaults"),
            new XElement(A + "extraClrSchemeLst")));
    }

    private static XElement Font(string name) => new(A + name,
        new XElement(A + "latin", new XAttribute("typeface", "Calibri")),
        new XElement(A + "ea", new XAttribute("typeface", string.Empty)),
        new XElement(A + "cs", new XAttribute("typeface", string.Empty)));

    private static XElement Fill() => new(A + "solidFill", new XElement(A + "schemeClr", new XAttribute("val", "phClr")));

    private static XElement Line() => new(A + "ln", new XAttribute("w", "9525"), Fill());

    private static XElement Effect() => new(A + "effectStyle", new XElement(A + "effectLst"));
}
