using Keyplan.Core.Plans.Sections;

namespace Keyplan.Core.Budget;

/// <summary>An approved plan of the budget year, with the sections the roll-up reads.</summary>
public sealed record BudgetPlan(
    int PlanId,
    int AccountId,
    int BusinessAreaId,
    string OwnerId,
    string OwnerName,
    IReadOnlyList<RevenueTarget> RevenueTargets,
    IReadOnlyList<Objective> Objectives,
    IReadOnlyList<Kpi> Kpis);

/// <summary>An account's revenue in one product group and year.</summary>
public sealed record BudgetRevenue(int AccountId, int BusinessAreaId, int ProductGroupId, int Year, decimal Revenue);

/// <summary>
/// Adds up the sales budget from the approved plans and the revenue history. Pure, so the sums are unit tested
/// without a database; <see cref="GetSalesBudgetHandler"/> loads its inputs.
/// </summary>
public static class SalesBudgetRollUp
{
    public static SalesBudget Compute(
        int year,
        string currency,
        IReadOnlyCollection<BudgetPlan> plans,
        IReadOnlyCollection<BudgetRevenue> revenue,
        IReadOnlyDictionary<int, string> businessAreaNames,
        IReadOnlyDictionary<int, string> productGroupNames)
    {
        ArgumentNullException.ThrowIfNull(plans);
        ArgumentNullException.ThrowIfNull(revenue);
        var keyAccounts = plans.Select(p => p.AccountId).ToHashSet();
        var lastYear = revenue.Where(r => r.Year == year - 1).ToList();

        var targets = plans
            .SelectMany(p => p.RevenueTargets
                .Where(t => t is { ProductGroupId: not null, Amount: not null })
                .Select(t => (Area: p.BusinessAreaId, Group: t.ProductGroupId!.Value, t.Amount!.Value)))
            .ToLookup(t => (t.Area, t.Group), t => t.Value);
        var keyLastYear = lastYear.Where(r => keyAccounts.Contains(r.AccountId)).ToLookup(r => (r.BusinessAreaId, r.ProductGroupId), r => r.Revenue);
        var otherLastYear = lastYear.Where(r => !keyAccounts.Contains(r.AccountId)).ToLookup(r => (r.BusinessAreaId, r.ProductGroupId), r => r.Revenue);

        var rows = targets.Select(g => g.Key).Union(keyLastYear.Select(g => g.Key)).Union(otherLastYear.Select(g => g.Key))
            .Select(key => new SalesBudgetRow(
                key.Item1, Name(businessAreaNames, key.Item1), key.Item2, Name(productGroupNames, key.Item2),
                targets[key].Sum(), keyLastYear[key].Sum(), otherLastYear[key].Sum()))
            .OrderBy(r => r.BusinessAreaName, StringComparer.CurrentCulture).ThenBy(r => r.ProductGroupName, StringComparer.CurrentCulture)
            .ToList();
        var areaTotals = rows.GroupBy(r => (r.BusinessAreaId, r.BusinessAreaName))
            .Select(g => SalesBudgetTotal.Of(g.Key.BusinessAreaId, g.Key.BusinessAreaName, g))
            .ToList();

        return new SalesBudget(
            year, currency, plans.Count, rows, areaTotals, SalesBudgetTotal.Of(null, null, rows), Attainment(year, plans, revenue));
    }

    private static List<KamAttainment> Attainment(int year, IReadOnlyCollection<BudgetPlan> plans, IReadOnlyCollection<BudgetRevenue> revenue)
    {
        var thisYear = revenue.Where(r => r.Year == year).ToLookup(r => r.AccountId, r => r.Revenue);
        return plans.GroupBy(p => (p.OwnerId, p.OwnerName))
            .Select(kam =>
            {
                var target = kam.Sum(p => p.RevenueTargets.Sum(t => t.Amount ?? 0));
                var actual = kam.Select(p => p.AccountId).Distinct().Sum(a => thisYear[a].Sum());
                var objectives = kam.SelectMany(p => p.Objectives
                    .Where(o => o.Target is not null)
                    .Select(o => ObjectiveAttainment.Of(o, p.Kpis.FirstOrDefault(k => k.ObjectiveId == o.Id))))
                    .ToList();
                var measured = objectives.Where(a => a is not null).Select(a => a!.Value).ToList();
                return new KamAttainment(
                    kam.Key.OwnerId, kam.Key.OwnerName, kam.Count(), target, actual,
                    target > 0 ? Math.Round(actual / target, 4) : null,
                    objectives.Count, measured.Count,
                    measured.Count == 0 ? null : Math.Round(measured.Average(), 4));
            })
            .OrderBy(k => k.DisplayName, StringComparer.CurrentCulture)
            .ToList();
    }

    private static string Name(IReadOnlyDictionary<int, string> names, int id) => names.TryGetValue(id, out var name) ? name : $"#{id}";
}
