namespace Keyplan.Core.Documents;

/// <summary>A chart's title, categories and series values, the same in every format.</summary>
public sealed record ChartData(ChartKind Kind, string Title, IReadOnlyList<string> Categories, IReadOnlyList<(string Name, IReadOnlyList<double?> Values, bool Line)> Series);

public static class DocumentChartData
{
    /// <summary>The charts the document has data for, in the order the sections show them.</summary>
    public static IReadOnlyList<ChartData> All(PlanDocument document) =>
        Enum.GetValues<ChartKind>().Where(document.Charts.Has).Select(k => For(document, k)).ToList();

    public static ChartData For(PlanDocument document, ChartKind kind)
    {
        var text = document.Text;
        var charts = document.Charts;
        return kind switch
        {
            ChartKind.RevenueTrend => new(kind, text["RevenueTrend"],
                charts.Revenue.Select(r => r.Year.ToString(document.Culture)).ToList(),
                [(text["Revenue"], charts.Revenue.Select(r => (double?)(double)r.Revenue).ToList(), false),
                 (text["ShareOfWallet"], charts.Revenue.Select(r => r.ShareOfWalletPercent is { } p ? (double?)(double)p : null).ToList(), true)]),
            ChartKind.KpiTargets => new(kind, text["KpiChart"],
                charts.Kpis.Select(k => k.Name).ToList(),
                [(text.Field("Target"), charts.Kpis.Select(k => k.Target is { } t ? (double?)(double)t : null).ToList(), false),
                 (text["LatestActual"], charts.Kpis.Select(k => k.Actual is { } a ? (double?)(double)a : null).ToList(), false)]),
            ChartKind.CostPlan => new(kind, text["CostPlan"],
                charts.Costs.Select(c => c.Category).ToList(),
                [(text.Field("Amount"), charts.Costs.Select(c => (double?)(double)c.Amount).ToList(), false)]),
            _ => new(kind, text["WhitespaceChart"],
                charts.Whitespace.Select(w => w.State).ToList(),
                [(text["Cells"], charts.Whitespace.Select(w => (double?)w.Cells).ToList(), false)]),
        };
    }
}
