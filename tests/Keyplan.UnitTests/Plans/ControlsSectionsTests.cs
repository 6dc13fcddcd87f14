using Keyplan.Core.Plans.Sections;

namespace Keyplan.UnitTests.Plans;

/// <summary>The figures of the budget and the KPI scorecard: totals against the planned margin, and the suggested KPI status.</summary>
public class ControlsSectionsTests
{
    private static readonly DateOnly Start = new(2026, 1, 1);
    private static readonly DateOnly End = new(2026, 12, 31);

    [Fact]
    public void BudgetTotals_SumsActionCostsAndOtherCosts_AgainstThePlannedMargin()
    {
        PlanAction[] actions =
        [
            new() { Title = "Workshop", Cost = 4_000m, Status = ActionStatus.Done },
            new() { Title = "Reference cell", Cost = 6_000m, Status = ActionStatus.Planned },
            new() { Title = "Call the CFO" },
        ];

        var totals = BudgetTotals.Compute(
            actions, [(CostCategory.Travel, 1_500m), (CostCategory.Travel, 500m), (CostCategory.Samples, 3_000m), (CostCategory.Events, null)], 200_000m);

        Assert.Equal(2, totals.Actions.Count);
        Assert.Equal(10_000m, totals.ActionCosts);
        Assert.Equal(5_000m, totals.OtherCosts);
        Assert.Equal(2_000m, totals.OtherCostsByCategory[CostCategory.Travel]);
        Assert.False(totals.OtherCostsByCategory.ContainsKey(CostCategory.Events));
        Assert.Equal(15_000m, totals.Total);
        Assert.Equal(0.075m, totals.ShareOfMargin);
        Assert.Equal(185_000m, totals.MarginAfterCosts);
    }

    [Fact]
    public void BudgetTotals_CancelledActions_AreListedButNotCounted()
    {
        var totals = BudgetTotals.Compute(
            [new PlanAction { Title = "Trade fair", Cost = 9_000m, Status = ActionStatus.Cancelled }, new PlanAction { Title = "Visit", Cost = 1_000m }], [], null);

        Assert.Equal(2, totals.Actions.Count);
        Assert.False(totals.Actions[0].Counted);
        Assert.Equal(1_000m, totals.ActionCosts);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(0)]
    [InlineData(-5_000)]
    public void BudgetTotals_WithoutAPositiveMargin_HasNoShare(int? margin)
    {
        var totals = BudgetTotals.Compute([], [(CostCategory.Time, 2_000m)], margin);

        Assert.Null(totals.ShareOfMargin);
        Assert.Equal(2_000m, totals.Total);
    }

    [Fact]
    public void BudgetTotals_FromTheSections_ReadsTheActionPlan()
    {
        var actions = new ActionsSection { Actions = [new PlanAction { Title = "Demo", Cost = 2_500m }] };
        var budget = new BudgetSection { OtherCosts = [new SalesCost { Category = CostCategory.Events, Amount = 7_500m }], PlannedContributionMargin = 100_000m };

        var totals = BudgetTotals.Compute(actions, budget);

        Assert.Equal(10_000m, totals.Total);
        Assert.Equal(0.1m, totals.ShareOfMargin);
        Assert.Equal(0m, BudgetTotals.Compute(null, budget with { OtherCosts = [] }).Total);
    }

    [Theory]
    [InlineData(500_000, "OnTrack")]  // half the year, half the target
    [InlineData(460_000, "AtRisk")]   // 92 % of what was expected by now
    [InlineData(400_000, "OffTrack")] // 80 %
    public void Assess_RevenueKpi_ComparesWithTheTargetProRata(int actual, string expected)
    {
        var kpi = Kpi(1_000_000m, "EUR", (new DateOnly(2026, 7, 1), actual));

        var assessment = KpiTracking.Assess(kpi, null, Start, End);

        Assert.NotNull(assessment);
        Assert.Equal(Enum.Parse<KpiStatus>(expected), assessment.Status);
    }

    [Fact]
    public void Assess_UsesTheLatestPeriod_WhateverTheOrderOfTheActuals()
    {
        var kpi = Kpi(400m, "visits", (new DateOnly(2026, 12, 31), 380m), (new DateOnly(2026, 3, 31), 100m));

        var assessment = KpiTracking.Assess(kpi, null, Start, End)!;

        Assert.Equal(new DateOnly(2026, 12, 31), assessment.PeriodEnd);
        Assert.Equal(400m, assessment.Expected);
        Assert.Equal(KpiStatus.AtRisk, assessment.Status);
    }

    [Fact]
    public void Assess_PercentageKpi_IsComparedWithTheFullTargetFromTheStart()
    {
        var kpi = Kpi(98m, "%", (new DateOnly(2026, 3, 31), 96.5m));

        var assessment = KpiTracking.Assess(kpi, null, Start, End)!;

        Assert.Equal(98m, assessment.Expected);
        Assert.Equal(KpiStatus.AtRisk, assessment.Status);
    }

    [Fact]
    public void Assess_SatisfactionObjective_IsALevelNotASum()
    {
        var objective = new Objective { Title = "Scorecard", Measure = ObjectiveMeasure.CustomerSatisfaction, Baseline = 78m, Target = 85m };
        var kpi = Kpi(85m, "points", (new DateOnly(2026, 3, 31), 70m)) with { ObjectiveId = objective.Id };

        Assert.Equal(KpiStatus.OffTrack, KpiTracking.Assess(kpi, objective, Start, End)!.Status);
    }

    [Fact]
    public void Assess_ObjectiveWithTargetBelowBaseline_LowerIsBetter()
    {
        var objective = new Objective { Title = "Fewer complaints", Measure = ObjectiveMeasure.Other, Baseline = 20m, Target = 10m };
        var kpi = Kpi(10m, "complaints", (new DateOnly(2026, 6, 30), 9m)) with { ObjectiveId = objective.Id };

        var assessment = KpiTracking.Assess(kpi, objective, Start, End)!;

        Assert.True(assessment.LowerIsBetter);
        Assert.Equal(10m, assessment.Expected);
        Assert.Equal(KpiStatus.OnTrack, assessment.Status);
        Assert.Equal(KpiStatus.OffTrack, KpiTracking.Assess(kpi with { Actuals = [Actual(new DateOnly(2026, 6, 30), 14m)] }, objective, Start, End)!.Status);
    }

    [Fact]
    public void Assess_ExpectedValue_HasTheTargetsPrecision()
    {
        var assessment = KpiTracking.Assess(Kpi(4m, "visits", (new DateOnly(2026, 9, 30), 3m)), null, Start, End)!;

        Assert.Equal(3m, assessment.Expected);
        Assert.Equal(KpiStatus.OnTrack, assessment.Status);
    }

    [Fact]
    public void Assess_WithoutTargetOrActual_SuggestsNothing()
    {
        Assert.Null(KpiTracking.Assess(Kpi(null, "EUR", (new DateOnly(2026, 3, 31), 5m)), null, Start, End));
        Assert.Null(KpiTracking.Assess(Kpi(100m, "EUR"), null, Start, End));
        Assert.Null(KpiTracking.Assess(Kpi(0m, "EUR", (new DateOnly(2026, 3, 31), 5m)), null, Start, End));
    }

    [Fact]
    public void ObjectivesWithoutKpi_AreThoseNoKpiMeasures_InTheirOrder()
    {
        var a = new Objective { Title = "A" };
        var b = new Objective { Title = "B" };
        var c = new Objective { Title = "C" };

        var missing = KpiTracking.ObjectivesWithoutKpi([a, b, c], [b.Id, null]);

        Assert.Equal(["A", "C"], missing.Select(o => o.Title));
    }

    [Fact]
    public void For_TakesNameUnitAndTargetFromTheObjective()
    {
        var objective = new Objective { Title = " Grow drives revenue ", Unit = "EUR", Target = 450_000m };

        var kpi = KpiTracking.For(objective, "Objective 1");

        Assert.Equal("Grow drives revenue", kpi.Name);
        Assert.Equal(objective.Id, kpi.ObjectiveId);
        Assert.Equal("EUR", kpi.Unit);
        Assert.Equal(450_000m, kpi.Target);
        Assert.Equal("Objective 1", KpiTracking.For(new Objective(), "Objective 1").Name);
    }

    [Theory]
    [InlineData(null, 3, "2026-03-31")]
    [InlineData("2026-03-31", 3, "2026-06-30")]
    [InlineData("2026-05-15", 3, "2026-06-30")]
    [InlineData("2026-09-30", 3, "2026-12-31")]
    [InlineData("2026-06-30", 6, "2026-12-31")]
    [InlineData("2026-12-31", 3, "2027-03-31")]
    public void NextPeriodEnd_FollowsTheReviewInterval(string? previous, int months, string expected)
    {
        var next = KpiTracking.NextPeriodEnd(previous is null ? null : DateOnly.Parse(previous, System.Globalization.CultureInfo.InvariantCulture), Start, End, months);

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), next);
    }

    [Fact]
    public void NextPeriodEnd_PlanShorterThanTheInterval_EndsWithThePlan()
    {
        Assert.Equal(new DateOnly(2026, 2, 28), KpiTracking.NextPeriodEnd(null, Start, new DateOnly(2026, 2, 28), 3));
    }

    private static Kpi Kpi(decimal? target, string unit, params (DateOnly End, decimal Actual)[] actuals) =>
        new() { Name = "KPI", Target = target, Unit = unit, Actuals = [.. actuals.Select(a => Actual(a.End, a.Actual))] };

    private static KpiActual Actual(DateOnly end, decimal actual) => new() { PeriodEnd = end, Actual = actual };
}
