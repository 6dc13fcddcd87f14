using Keyplan.Core.Data;
using Keyplan.Core.Demo;
using Keyplan.Core.Plans;
using Keyplan.UnitTests.Demo;
using Microsoft.EntityFrameworkCore;

namespace Keyplan.UnitTests.Workflow;

/// <summary>The demo shows every status of the workflow, with the records that go with it.</summary>
public sealed class DemoWorkflowTests(SeededDemo demo) : IClassFixture<SeededDemo>
{
    private Task<T> WithDbAsync<T>(Func<KeyplanDbContext, Task<T>> query) => demo.Keyplan.WithAsync(query);

    [Fact]
    public async Task Demo_HasApprovedSubmittedReturnedAndDraftPlans()
    {
        var statuses = await WithDbAsync(db => db.Plans.Select(p => p.Status).Distinct().ToListAsync());

        Assert.Equal([PlanStatus.Draft, PlanStatus.Submitted, PlanStatus.ChangesRequested, PlanStatus.Approved], statuses.Order());
    }

    [Theory]
    [InlineData(DemoPlans.GermanAccount)]
    [InlineData(DemoPlans.DutchAccount)]
    public async Task ApprovedExamplePlans_HaveAFrozenVersionAScoreAndTheirHistory(string account)
    {
        var plan = await WithDbAsync(db => db.Plans.SingleAsync(p => p.Account!.Name == account));
        var version = await WithDbAsync(db => db.PlanVersions.SingleAsync(v => v.PlanId == plan.Id));
        var score = await WithDbAsync(db => db.QualityScores.SingleAsync(s => s.PlanId == plan.Id));
        var steps = await WithDbAsync(db => db.PlanTransitions.Where(t => t.PlanId == plan.Id).OrderBy(t => t.At).Select(t => t.To).ToListAsync());

        Assert.Equal(PlanStatus.Approved, plan.Status);
        Assert.Equal(1, version.Number);
        Assert.Contains(account, version.Snapshot, StringComparison.Ordinal);
        Assert.InRange(score.WeightedScore, 1m, 5m);
        Assert.Equal([PlanStatus.Submitted, PlanStatus.Approved], steps);
    }

    [Fact]
    public async Task ReturnedPlan_CarriesTheReviewersComment_AndTheKamWasTold()
    {
        var returned = await WithDbAsync(db => db.PlanTransitions.SingleAsync(t => t.To == PlanStatus.ChangesRequested));
        var kam = await WithDbAsync(db => db.Users.Where(u => u.Email == DemoUsers.Kam).Select(u => u.Id).SingleAsync());
        var told = await WithDbAsync(db => db.Notifications.AnyAsync(n => n.PlanId == returned.PlanId && n.RecipientId == kam && n.ReadAt == null));

        Assert.False(string.IsNullOrWhiteSpace(returned.Comment));
        Assert.True(told);
    }
}
