using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Keyplan.Core.Documents;

/// <summary>The styles of the Word plan: headings with outline levels (Word's navigation pane and TOC use them).</summary>
internal static class DocxStyles
{
    public static void Add(MainDocumentPart main, string language)
    {
        var part = main.AddNewPart<StyleDefinitionsPart>();
        part.Styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = "Calibri", HighAnsi = "Calibri", ComplexScript = "Calibri" },
                    new FontSize { Val = "20" },
                    new Languages { Val = language })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "120" }))),
            new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
            Paragraph("Title", "Title", 0, 56, outline: null),
            Paragraph("Subtitle", "Subtitle", 0, 32, outline: null),
            Paragraph("Heading1", "heading 1", 240, 32, outline: 0),
            Paragraph("Heading2", "heading 2", 160, 24, outline: 1),
            Paragraph("TOCHeading", "TOC Heading", 240, 32, outline: null),
            new Style(new StyleName { Val = "toc 1" }, new BasedOn { Val = "Normal" }, new NextParagraphStyle { Val = "Normal" }, new UIPriority { Val = 39 })
            {
                Type = StyleValues.Paragraph,
                StyleId = "TOC1",
            },
            new Style(
                new StyleName { Val = "Table Grid" },
                new UIPriority { Val = 59 },
                new StyleTableProperties(new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 4, Color = "A0A0A0" },
                    new LeftBorder { Val = BorderValues.Single, Size = 4, Color = "A0A0A0" },
                    new BottomBorder { Val = BorderValues.Single, Size = 4, Color = "A0A0A0" },
                    new RightBorder { Val = BorderValues.Single, Size = 4, Color = "A0A0A0" },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Color = "A0A0A0" },
                    new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Color = "A0A0A0" })))
            {
                Type = StyleValues.Table,
                StyleId = "TableGrid",
            });
        part.Styles.Save();
    }

    private static Style Paragraph(string id, string name, int spaceBefore, int halfPoints, int? outline)
    {
        var paragraph = new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = spaceBefore.ToString(System.Globalization.CultureInfo.InvariantCulture), After = "120" });
        if (outline is { } level)
        {
            paragraph.Append(new OutlineLevel { Val = level });
        }

        return new Style(
            new StyleName { Val = name },
            new BasedOn { Val = "Normal" },
            new NextParagraphStyle { Val = "Normal" },
            new UIPriority { Val = 9 },
            new PrimaryStyle(),
            paragraph,
            new StyleRunProperties(new Bold(), new Color { Val = "1F3864" }, new FontSize { Val = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) }))
        {
            Type = StyleValues.Paragraph,
            StyleId = id,
        };
    }
}
