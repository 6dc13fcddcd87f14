using Keyplan.Core.Accounts;
using Keyplan.Core.Organisation;

namespace Keyplan.Web.Accounts;

/// <summary>Revenue and contribution margin of one cell, row or column of the revenue table.</summary>
public readonly record struct RevenueFigures(decimal Revenue, decimal ContributionMargin)
{
    public static RevenueFigures operator +(RevenueFigures left, RevenueFigures right) =>
        new(left.Revenue + right.Revenue, left.ContributionMargin + right.ContributionMargin);
}

/// <summary>One column of the revenue chart: a product group's revenue in a year.</summary>
public sealed record RevenuePoint(int Year, decimal Revenue)
{
    /// <summary>The chart's category: the year as text, never with a thousands separator.</summary>
    public string YearLabel => Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>An account's revenue rows pivoted to years (rows) × product groups (columns), with totals both ways.</summary>
public sealed class RevenueTable
{
    private readonly Dictionary<(int Year, int ProductGroupId), RevenueFigures> _cells;

    private RevenueTable(IReadOnlyList<int> years, IReadOnlyList<LookupItem<int>> productGroups, Dictionary<(int, int), RevenueFigures> cells)
    {
        Years = years;
        ProductGroups = productGroups;
        _cells = cells;
    }

    /// <summary>Oldest first, as a time series reads.</summary>
    public IReadOnlyList<int> Years { get; }

    /// <summary>The product groups that have at least one row, by name.</summary>
    public IReadOnlyList<LookupItem<int>> ProductGroups { get; }

    public bool IsEmpty => Years.Count == 0;

    public static RevenueTable From(IEnumerable<RevenueDetails> rows)
    {
        var list = rows.ToList();
        var cells = new Dictionary<(int, int), RevenueFigures>();
        foreach (var row in list)
        {
            // The use cases keep one row per year and product group; adding up is still right if that ever changes.
            var key = (row.Year, row.ProductGroupId);
            cells[key] = cells.GetValueOrDefault(key) + new RevenueFigures(row.Revenue, row.ContributionMargin);
        }

        var years = list.Select(r => r.Year).Distinct().Order().ToList();
        var productGroups = list
            .GroupBy(r => r.ProductGroupId)
            .Select(g => new LookupItem<int>(g.Key, g.First().ProductGroupName))
            .OrderBy(p => p.Name, StringComparer.CurrentCulture)
            .ThenBy(p => p.Id)
            .ToList();
        return new RevenueTable(years, productGroups, cells);
    }

    /// <summary>Null where there is no row for the year and product group (shown as empty, not as zero).</summary>
    public RevenueFigures? Cell(int year, int productGroupId) =>
        _cells.TryGetValue((year, productGroupId), out var figures) ? figures : null;

    public RevenueFigures YearTotal(int year) =>
        ProductGroups.Aggregate(default(RevenueFigures), (sum, p) => sum + (Cell(year, p.Id) ?? default));

    public RevenueFigures ProductGroupTotal(int productGroupId) =>
        Years.Aggregate(default(RevenueFigures), (sum, y) => sum + (Cell(y, productGroupId) ?? default));

    public RevenueFigures Total => _cells.Values.Aggregate(default(RevenueFigures), (sum, f) => sum + f);

    /// <summary>A chart series for one product group: every year, with zero where there is no row, so stacks line up.</summary>
    public IReadOnlyList<RevenuePoint> Series(int productGroupId) =>
        Years.Select(y => new RevenuePoint(y, Cell(y, productGroupId)?.Revenue ?? 0m)).ToList();
}
