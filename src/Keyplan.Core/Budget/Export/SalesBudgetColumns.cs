using Keyplan.Core.Resources;

namespace Keyplan.Core.Budget.Export;

/// <summary>The columns of the budget table, the same in the CSV and the Excel export (and on the page).</summary>
public static class SalesBudgetColumns
{
    public static IReadOnlyList<string> Headings(int year) =>
    [
        BudgetText.Get("BusinessArea"),
        BudgetText.Get("ProductGroup"),
        BudgetText.Get("KeyAccountLastYear", year - 1),
        BudgetText.Get("OtherAccountsLastYear", year - 1),
        BudgetText.Get("LastYear", year - 1),
        BudgetText.Get("KeyAccountTarget", year),
        BudgetText.Get("Budget", year),
        BudgetText.Get("Change"),
    ];

    public static IReadOnlyList<string> KamHeadings() =>
    [
        BudgetText.Get("Kam"),
        BudgetText.Get("Plans"),
        BudgetText.Get("RevenueTarget"),
        BudgetText.Get("RevenueActual"),
        BudgetText.Get("RevenueAttainment"),
        BudgetText.Get("Objectives"),
        BudgetText.Get("ObjectivesMeasured"),
        BudgetText.Get("ObjectiveAttainment"),
    ];

    /// <summary>The rows in reading order: each business area's product groups followed by its total, then the grand total.</summary>
    public static IEnumerable<SalesBudgetLine> Lines(SalesBudget budget)
    {
        ArgumentNullException.ThrowIfNull(budget);
        foreach (var area in budget.BusinessAreaTotals)
        {
            foreach (var row in budget.Rows.Where(r => r.BusinessAreaId == area.BusinessAreaId))
            {
                yield return new SalesBudgetLine(row.BusinessAreaName, row.ProductGroupName, row.KeyAccountLastYear, row.OtherAccountsLastYear, row.LastYear, row.KeyAccountTarget, row.Budget, row.Change, false);
            }

            yield return new SalesBudgetLine(BudgetText.Get("AreaTotal", area.BusinessAreaName!), string.Empty, area.KeyAccountLastYear, area.OtherAccountsLastYear, area.LastYear, area.KeyAccountTarget, area.Budget, area.Change, true);
        }

        var total = budget.Total;
        yield return new SalesBudgetLine(BudgetText.Get("Total"), string.Empty, total.KeyAccountLastYear, total.OtherAccountsLastYear, total.LastYear, total.KeyAccountTarget, total.Budget, total.Change, true);
    }
}

/// <summary>One line of the exported budget table; totals are lines too, marked so they can be set in bold.</summary>
public sealed record SalesBudgetLine(
    string BusinessArea,
    string ProductGroup,
    decimal KeyAccountLastYear,
    decimal OtherAccountsLastYear,
    decimal LastYear,
    decimal KeyAccountTarget,
    decimal Budget,
    decimal? Change,
    bool IsTotal);
