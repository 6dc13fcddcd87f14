using Keyplan.Core.Data;
using Keyplan.Core.Decisions;
using Keyplan.Core.Demo;
using Keyplan.Core.Reviews;
using Keyplan.UnitTests.Demo;
using Microsoft.EntityFrameworkCore;

namespace Keyplan.UnitTests.Reviews;

/// <summary>The demo shows held and overdue reviews, a stale plan, and decision requests decided and waiting on both desks.</summary>
public sealed class DemoGovernanceTests(SeededDemo demo) : IClassFixture<SeededDemo>
{
    private Task<T> WithDbAsync<T>(Func<KeyplanDbContext, Task<T>> query) => demo.Keyplan.WithAsync(query);

    private static readonly DateOnly Today = DateOnly.FromDateTime(InMemoryKeyplan.Now.UtcDateTime);

    /// <summary>Reviews exist for the due dates already past (how many depends on the date the demo is seeded).</summary>
    [Theory]
    [InlineData(DemoPlans.GermanAccount, 0)]
    [InlineData(DemoPlans.DutchAccount, 1)]
    public async Task ExamplePlans_HaveTheirPastReviews_TheDutchOneMissingItsLatest(string account, int missing)
    {
        var plan = await WithDbAsync(db => db.Plans.SingleAsync(p => p.Account!.Name == account));
        var reviewed = await WithDbAsync(db => db.PlanReviews.Where(r => r.PlanId == plan.Id).Select(r => r.PeriodEnd).ToListAsync());
        var passed = ReviewSchedule.DueDates(plan.PeriodStart, plan.PeriodEnd, plan.ReviewIntervalMonths).Count(d => d.AddDays(ReviewSchedule.GraceDays) < Today);

        Assert.Equal(Math.Max(0, passed - missing), reviewed.Count);
        Assert.Equal(passed > 0 && missing > 0, ReviewSchedule.Status(plan.PeriodStart, plan.PeriodEnd, plan.ReviewIntervalMonths, reviewed, Today).IsOverdue);
    }

    [Fact]
    public async Task OnePlan_IsStale()
    {
        var plans = await WithDbAsync(db => db.Plans.Select(p => new { p.UpdatedAt, p.ReviewIntervalMonths, p.PeriodStart, p.PeriodEnd }).ToListAsync());

        Assert.Contains(plans, p => ReviewSchedule.IsStale(p.UpdatedAt, p.ReviewIntervalMonths, p.PeriodStart, p.PeriodEnd, InMemoryKeyplan.Now));
    }

    [Fact]
    public async Task DecisionRequests_AreDecidedAndWaitingOnBothDesks()
    {
        var stages = await WithDbAsync(db => db.DecisionSubmissions.Select(s => s.Stage).ToListAsync());

        Assert.Contains(DecisionStage.Decided, stages);
        Assert.Contains(DecisionStage.BusinessAreaManager, stages);
        Assert.Contains(DecisionStage.Management, stages);
    }

    [Fact]
    public async Task TheRolloutProgramme_HasGoalsBenefitsBudgetAndMilestones()
    {
        var programme = await WithDbAsync(db => db.RolloutProgrammes.SingleAsync());

        Assert.False(string.IsNullOrWhiteSpace(programme.Goals));
        Assert.NotNull(programme.Budget);
        Assert.Contains("\"due\"", programme.Milestones, StringComparison.Ordinal);
        Assert.Contains("\"amount\"", programme.Benefits, StringComparison.Ordinal);
    }
}
