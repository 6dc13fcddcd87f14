using Keyplan.Core.Budget;
using Keyplan.Core.Plans.Sections;

namespace Keyplan.UnitTests.Budget;

public sealed class SalesBudgetRollUpTests
{
    private static readonly Dictionary<int, string> Areas = new() { [1] = "Automation", [2] = "Power" };
    private static readonly Dictionary<int, string> Groups = new() { [10] = "Drives", [20] = "Sensors" };

    private static BudgetPlan Plan(int account, int area, string owner, params (int Group, decimal Amount)[] targets) => new(
        account * 100, account, area, owner, owner.ToUpperInvariant(),
        [.. targets.Select(t => new RevenueTarget { ProductGroupId = t.Group, Amount = t.Amount })], [], []);

    [Fact]
    public void KeyAccountsBudgetTheirTargets_OtherAccountsCarryLastYearForward()
    {
        var plans = new[] { Plan(1, 1, "kam", (10, 500m), (20, 100m)), Plan(2, 2, "kam2", (10, 40m)) };
        var revenue = new[]
        {
            new BudgetRevenue(1, 1, 10, 2025, 400m), // key account, last year
            new BudgetRevenue(1, 1, 10, 2026, 150m), // key account, this year: attainment only
            new BudgetRevenue(3, 1, 10, 2025, 70m),  // other account of area 1
            new BudgetRevenue(3, 1, 20, 2024, 999m), // two years ago: not counted
            new BudgetRevenue(4, 2, 20, 2025, 30m),  // other account of area 2, a group without key-account target
        };

        var budget = SalesBudgetRollUp.Compute(2026, "EUR", plans, revenue, Areas, Groups);

        Assert.Equal(
            [("Automation", "Drives", 500m, 400m, 70m, 570m), ("Automation", "Sensors", 100m, 0m, 0m, 100m),
             ("Power", "Drives", 40m, 0m, 0m, 40m), ("Power", "Sensors", 0m, 0m, 30m, 30m)],
            budget.Rows.Select(r => (r.BusinessAreaName, r.ProductGroupName, r.KeyAccountTarget, r.KeyAccountLastYear, r.OtherAccountsLastYear, r.Budget)));
        Assert.Equal([600m + 70m, 40m + 30m], budget.BusinessAreaTotals.Select(t => t.Budget));
        Assert.Equal(new SalesBudgetTotal(null, null, 640m, 400m, 100m), budget.Total);
        Assert.Equal(budget.Rows.Sum(r => r.KeyAccountTarget), plans.Sum(p => p.RevenueTargets.Sum(t => t.Amount!.Value)));
        Assert.Equal(2, budget.ApprovedPlans);
    }

    [Fact]
    public void Change_IsTheBudgetAgainstLastYear_AndNullWithoutRevenueLastYear()
    {
        var row = new SalesBudgetRow(1, "A", 10, "D", KeyAccountTarget: 330m, KeyAccountLastYear: 300m, OtherAccountsLastYear: 0m);
        var newRow = row with { KeyAccountLastYear = 0m };

        Assert.Equal(0.1m, row.Change);
        Assert.Null(newRow.Change);
    }

    [Fact]
    public void Attainment_PerKam_SumsTheirPlansAndAveragesTheMeasuredObjectives()
    {
        var first = Guid.NewGuid();
        var second = Guid.NewGuid();
        var plan = Plan(1, 1, "kam", (10, 200m)) with
        {
            Objectives =
            [
                new Objective { Id = first, Target = 100m },
                new Objective { Id = second, Target = 10m },
                new Objective { Id = Guid.NewGuid(), Target = null }, // no target: not an objective to attain
            ],
            Kpis =
            [
                new Kpi { ObjectiveId = first, Actuals = [new KpiActual { PeriodEnd = new DateOnly(2026, 3, 31), Actual = 80m }] },
                new Kpi { ObjectiveId = second }, // no actual yet: counted, not measured
            ],
        };
        var other = Plan(2, 1, "kam", (10, 300m));
        var revenue = new[] { new BudgetRevenue(1, 1, 10, 2026, 150m), new BudgetRevenue(2, 1, 20, 2026, 100m) };

        var kam = Assert.Single(SalesBudgetRollUp.Compute(2026, "EUR", [plan, other], revenue, Areas, Groups).Kams);

        Assert.Equal(("kam", "KAM", 2, 500m, 250m, 0.5m, 2, 1, 0.8m),
            (kam.UserId, kam.DisplayName, kam.Plans, kam.RevenueTarget, kam.RevenueActual, kam.RevenueAttainment, kam.Objectives, kam.ObjectivesMeasured, kam.ObjectiveAttainment));
    }
}
