using Keyplan.Core.Budget;
using Keyplan.Core.Plans.Sections;

namespace Keyplan.UnitTests.Budget;

public sealed class ObjectiveAttainmentTests
{
    private static Kpi Kpi(decimal? target, params decimal[] actuals) => new()
    {
        Target = target,
        Actuals = [.. actuals.Select((a, i) => new KpiActual { PeriodEnd = new DateOnly(2026, 3 * (i + 1), 28), Actual = a })],
    };

    [Fact]
    public void LatestActualAgainstTheKpisTarget_BeforeTheObjectives()
    {
        var objective = new Objective { Target = 1_000m };

        Assert.Equal(0.6m, ObjectiveAttainment.Of(objective, Kpi(target: 500m, 100m, 300m)));
        Assert.Equal(0.3m, ObjectiveAttainment.Of(objective, Kpi(target: null, 100m, 300m)));
        Assert.Equal(1.5m, ObjectiveAttainment.Of(objective, Kpi(target: 200m, 300m))); // beaten: not capped
    }

    [Fact]
    public void AnObjectiveBelowItsBaseline_IsReachedTheLowerTheActualIs()
    {
        var fewerComplaints = new Objective { Baseline = 20m, Target = 10m };

        Assert.Equal(0.5m, ObjectiveAttainment.Of(fewerComplaints, Kpi(null, 20m)));
        Assert.Equal(2m, ObjectiveAttainment.Of(fewerComplaints, Kpi(null, 5m)));
    }

    [Fact]
    public void NothingToMeasure_IsNull()
    {
        Assert.Null(ObjectiveAttainment.Of(new Objective { Target = 100m }, null));
        Assert.Null(ObjectiveAttainment.Of(new Objective { Target = 100m }, Kpi(null)));
        Assert.Null(ObjectiveAttainment.Of(new Objective(), Kpi(null, 5m)));
        Assert.Null(ObjectiveAttainment.Of(new Objective { Target = 0m }, Kpi(null, 5m)));
    }
}
