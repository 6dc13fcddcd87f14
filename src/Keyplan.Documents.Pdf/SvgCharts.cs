using System.Globalization;
using System.Net;
using System.Text;
using Keyplan.Core.Documents;

namespace Keyplan.Documents.Pdf;

/// <summary>
/// Hand-written SVG charts for the printed plan: clustered columns with an optional line on a secondary axis, and the
/// relationship map as an indented tree. Plain SVG prints crisply in Chromium and needs no chart library.
/// </summary>
internal static class SvgCharts
{
    private const int Width = 720;
    private const int Height = 300;
    private const int Left = 70;
    private const int Right = 60;
    private const int Top = 40;
    private const int Bottom = 70;
    private static readonly string[] Colors = ["#1f3864", "#c55a11", "#70ad47", "#7f7f7f"];

    public static string Bars(ChartData chart, CultureInfo culture)
    {
        var svg = new StringBuilder();
        svg.Append(Invariant($"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-label=\"{Encode(chart.Title)}\">"));
        svg.Append(Invariant($"<text x=\"{Width / 2}\" y=\"20\" text-anchor=\"middle\" font-size=\"14\" font-weight=\"bold\">{Encode(chart.Title)}</text>"));
        var bars = chart.Series.Where(s => !s.Line).ToList();
        var lines = chart.Series.Where(s => s.Line).ToList();
        var plotWidth = Width - Left - Right;
        var plotHeight = Height - Top - Bottom;
        var max = Max(bars.SelectMany(s => s.Values));
        var lineMax = Max(lines.SelectMany(s => s.Values));
        var baseline = Top + plotHeight;

        for (var tick = 0; tick <= 4; tick++)
        {
            var y = baseline - (plotHeight * tick / 4.0);
            var value = max * tick / 4;
            svg.Append(Invariant($"<line x1=\"{Left}\" y1=\"{y:0.#}\" x2=\"{Left + plotWidth}\" y2=\"{y:0.#}\" stroke=\"#ddd\"/>"));
            svg.Append(Invariant($"<text x=\"{Left - 6}\" y=\"{y + 4:0.#}\" text-anchor=\"end\" font-size=\"10\">{Encode(value.ToString("#,##0", culture))}</text>"));
            if (lines.Count > 0)
            {
                svg.Append(Invariant($"<text x=\"{Left + plotWidth + 6}\" y=\"{y + 4:0.#}\" font-size=\"10\">{Encode((lineMax * tick / 4).ToString("#,##0.#", culture))}</text>"));
            }
        }

        var count = Math.Max(chart.Categories.Count, 1);
        var slot = plotWidth / (double)count;
        var barWidth = slot * 0.7 / Math.Max(bars.Count, 1);
        for (var c = 0; c < chart.Categories.Count; c++)
        {
            var x0 = Left + (slot * c) + (slot * 0.15);
            for (var s = 0; s < bars.Count; s++)
            {
                if (bars[s].Values[c] is { } value)
                {
                    var h = max == 0 ? 0 : plotHeight * value / max;
                    svg.Append(Invariant($"<rect x=\"{x0 + (barWidth * s):0.#}\" y=\"{baseline - h:0.#}\" width=\"{barWidth:0.#}\" height=\"{h:0.#}\" fill=\"{Colors[s % Colors.Length]}\"/>"));
                }
            }

            svg.Append(Invariant($"<text x=\"{Left + (slot * c) + (slot / 2):0.#}\" y=\"{baseline + 14}\" text-anchor=\"middle\" font-size=\"10\">{Encode(Shorten(chart.Categories[c]))}</text>"));
        }

        for (var s = 0; s < lines.Count; s++)
        {
            var points = lines[s].Values.Select((v, c) => (v, c)).Where(p => p.v is not null)
                .Select(p => Invariant($"{Left + (slot * p.c) + (slot / 2):0.#},{baseline - (lineMax == 0 ? 0 : plotHeight * p.v!.Value / lineMax):0.#}"))
                .ToList();
            var color = Colors[(bars.Count + s) % Colors.Length];
            svg.Append(Invariant($"<polyline points=\"{string.Join(' ', points)}\" fill=\"none\" stroke=\"{color}\" stroke-width=\"2\"/>"));
            foreach (var point in points)
            {
                var xy = point.Split(',');
                svg.Append(Invariant($"<circle cx=\"{xy[0]}\" cy=\"{xy[1]}\" r=\"3\" fill=\"{color}\"/>"));
            }
        }

        var legendX = Left;
        var all = bars.Concat(lines).ToList();
        for (var s = 0; s < all.Count; s++)
        {
            svg.Append(Invariant($"<rect x=\"{legendX}\" y=\"{Height - 22}\" width=\"10\" height=\"10\" fill=\"{Colors[s % Colors.Length]}\"/>"));
            svg.Append(Invariant($"<text x=\"{legendX + 14}\" y=\"{Height - 13}\" font-size=\"11\">{Encode(all[s].Name)}</text>"));
            legendX += 40 + (all[s].Name.Length * 7);
        }

        return svg.Append("</svg>").ToString();
    }

    /// <summary>Everyone under whom they report, indented one step per level; people whose boss is unknown start a tree.</summary>
    public static string Tree(RelationshipMap map)
    {
        const int rowHeight = 34;
        const int indent = 36;
        const int boxWidth = 300;
        var ids = map.People.Select(p => p.Id).ToHashSet();
        var children = map.People.Where(p => p.ReportsToId is { } boss && ids.Contains(boss)).ToLookup(p => p.ReportsToId!.Value);
        var ordered = new List<(MapPerson Person, int Depth, int? ParentRow)>();
        var visited = new HashSet<int>();

        void Visit(MapPerson person, int depth, int? parentRow)
        {
            if (!visited.Add(person.Id))
            {
                return;
            }

            ordered.Add((person, depth, parentRow));
            var row = ordered.Count - 1;
            foreach (var child in children[person.Id])
            {
                Visit(child, depth + 1, row);
            }
        }

        foreach (var root in map.People.Where(p => p.ReportsToId is not { } boss || !ids.Contains(boss)))
        {
            Visit(root, 0, null);
        }

        // Reporting cycles have no root: show the rest flat rather than lose them.
        foreach (var person in map.People)
        {
            Visit(person, 0, null);
        }

        var height = (ordered.Count * rowHeight) + 10;
        var svg = new StringBuilder(Invariant($"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {height}\" role=\"img\">"));
        for (var i = 0; i < ordered.Count; i++)
        {
            var (person, depth, parentRow) = ordered[i];
            var x = 5 + (depth * indent);
            var y = 5 + (i * rowHeight);
            if (parentRow is { } p)
            {
                var px = 5 + ((depth - 1) * indent) + 12;
                svg.Append(Invariant($"<path d=\"M{px},{5 + (p * rowHeight) + 26} V{y + 13} H{x}\" fill=\"none\" stroke=\"#888\"/>"));
            }

            svg.Append(Invariant($"<rect x=\"{x}\" y=\"{y}\" width=\"{boxWidth}\" height=\"26\" rx=\"4\" fill=\"#f1f4f9\" stroke=\"#1f3864\"/>"));
            var label = person.Title is { Length: > 0 } title ? $"{person.Name} – {title}" : person.Name;
            svg.Append(Invariant($"<text x=\"{x + 8}\" y=\"{y + 17}\" font-size=\"11\">{Encode(Shorten(label, 46))}</text>"));
            if (person.Assessment.Length > 0)
            {
                svg.Append(Invariant($"<text x=\"{x + boxWidth + 8}\" y=\"{y + 17}\" font-size=\"10\" fill=\"#555\">{Encode(Shorten(person.Assessment, 50))}</text>"));
            }
        }

        return svg.Append("</svg>").ToString();
    }

    private static double Max(IEnumerable<double?> values)
    {
        var max = values.Where(v => v is not null).Select(v => v!.Value).DefaultIfEmpty(0).Max();
        return max <= 0 ? 1 : max * 1.1;
    }

    private static string Shorten(string value, int length = 18) => value.Length <= length ? value : value[..(length - 1)] + "…";

    private static string Encode(string value) => WebUtility.HtmlEncode(value);

    private static string Invariant(FormattableString value) => FormattableString.Invariant(value);
}
