using System.Net;
using System.Text;
using Keyplan.Core.Accounts;
using Keyplan.Core.Demo;
using Keyplan.Core.Notifications;
using Keyplan.Core.Plans;
using Keyplan.Core.Reviews;
using Keyplan.IntegrationTests.Accounts;
using Keyplan.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Keyplan.IntegrationTests.Reviews;

/// <summary>Periodic reviews through HTTP, and the reminders, once per database provider.</summary>
public abstract class ReviewsApiTests(KeyplanApp app)
{
    /// <summary>A plan of the current fiscal year for a fresh account of the demo KAM's, with one KPI (target 1,000).</summary>
    private async Task<(int PlanId, Guid KpiId)> PlanWithKpiAsync(string? teamEmail = null, DateOnly? start = null)
    {
        using var bam = await app.ClientForAsync(DemoUsers.Bam);
        var builder = new AccountBuilder().InBusinessArea(await app.BusinessAreaOfAsync(DemoUsers.Bam)).WithKeyAccountManager(await app.UserIdAsync(DemoUsers.Kam));
        if (teamEmail is not null)
        {
            var teamId = await app.UserIdAsync(teamEmail);
            builder = builder.With(a => a.Team.Add(new TeamMemberInput { UserId = teamId }));
        }

        var account = await (await bam.PostJsonAsync("/api/accounts", builder.Build())).ReadAsync<AccountDetails>();
        using var kam = await app.ClientForAsync(DemoUsers.Kam);
        var plan = await (await kam.PostJsonAsync("/api/plans", new CreatePlanRequest { AccountId = account.Id, PeriodStart = start, PeriodEnd = start?.AddYears(1).AddDays(-1) })).ReadAsync<PlanDetails>();
        var kpiId = Guid.NewGuid();
        await kam.SaveSectionAsync(plan.Id, "kpis", $$"""{"kpis":[{"id":"{{kpiId}}","name":"Visits","unit":"visits","target":1000}]}""");
        return (plan.Id, kpiId);
    }

    [Fact]
    public async Task RecordingAReview_KeepsItAndPutsTheKpiActualIntoTheScorecard()
    {
        var (planId, kpiId) = await PlanWithKpiAsync();
        using var kam = await app.ClientForAsync(DemoUsers.Kam);
        var before = await (await kam.GetAsync($"/api/plans/{planId}/reviews")).ReadAsync<PlanReviews>();
        var period = before.Status.DueDates[0];
        var heldOn = period <= DateOnly.FromDateTime(DateTime.UtcNow) ? period : DateOnly.FromDateTime(DateTime.UtcNow);

        var response = await kam.PostJsonAsync($"/api/plans/{planId}/reviews", new RecordReviewRequest
        {
            HeldOn = heldOn, PeriodEnd = period, Participants = "Thomas Becker, Dr. Anna Krüger",
            Kpis = [new ReviewKpiInput { KpiId = kpiId, Actual = 300m }], NextSteps = "Book the plant visit",
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var after = await response.ReadAsync<PlanReviews>();
        var review = Assert.Single(after.Reviews);
        Assert.Equal((heldOn, period, "Thomas Becker, Dr. Anna Krüger", "Book the plant visit"), (review.HeldOn, review.PeriodEnd, review.Participants, review.NextSteps));
        var kpi = Assert.Single(review.Kpis);
        Assert.Equal((kpiId, 300m, 1000m), (kpi.KpiId, kpi.Actual, kpi.Target!.Value));
        Assert.NotNull(kpi.SuggestedStatus);
        Assert.Equal(period, after.Status.LastReviewed);
        var scorecard = await app.DbAsync(db => db.PlanSections.Where(s => s.PlanId == planId && s.Key == "kpis").Select(s => s.Content).SingleAsync());
        Assert.Contains($"\"periodEnd\":\"{period:yyyy-MM-dd}\",\"label\":null,\"actual\":300", scorecard, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadReviews_AreRefusedFieldByField_AndOnlyThePlansEditorsRecord()
    {
        var (planId, _) = await PlanWithKpiAsync(DemoUsers.Team);
        using var kam = await app.ClientForAsync(DemoUsers.Kam);
        var body = new RecordReviewRequest
        {
            HeldOn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(3), PeriodEnd = new DateOnly(2001, 1, 1), Participants = " ",
            Kpis = [new ReviewKpiInput { KpiId = Guid.NewGuid(), Actual = 1m }],
        };

        var invalid = await kam.PostJsonAsync($"/api/plans/{planId}/reviews", body);
        using var team = await app.ClientForAsync(DemoUsers.Team);
        using var kam2 = await app.ClientForAsync(DemoUsers.Kam2);
        var valid = body with { HeldOn = new DateOnly(2026, 1, 1), Participants = "x", Kpis = [] };
        valid = valid with { PeriodEnd = (await (await kam.GetAsync($"/api/plans/{planId}/reviews")).ReadAsync<PlanReviews>()).Status.DueDates[0] };

        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Equal(["heldOn", "kpis[0].kpiId", "participants", "periodEnd"], (await invalid.ValidationErrorsAsync()).Keys.Order());
        Assert.Equal(HttpStatusCode.Forbidden, (await team.PostJsonAsync($"/api/plans/{planId}/reviews", valid)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await kam2.PostJsonAsync($"/api/plans/{planId}/reviews", valid)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await kam2.GetAsync($"/api/plans/{planId}/reviews")).StatusCode);
        Assert.Equal(0, await app.DbAsync(db => db.PlanReviews.CountAsync(r => r.PlanId == planId)));
    }

    /// <summary>A plan that began seven months ago, quarterly, never reviewed: its second review is overdue; the owner is reminded, once.</summary>
    [Fact]
    public async Task Reminders_TellTheOwnerOfAnOverdueReviewOnce()
    {
        var (planId, _) = await PlanWithKpiAsync(start: DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(-7));

        await RemindAsync();
        await RemindAsync();

        var kamId = await app.UserIdAsync(DemoUsers.Kam);
        Assert.Equal(1, await app.DbAsync(db => db.Notifications.CountAsync(n => n.PlanId == planId && n.RecipientId == kamId && n.Kind == NotificationKind.ReviewOverdue)));
    }

    private async Task RemindAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SendRemindersHandler>().HandleAsync(CancellationToken.None);
    }
}

[Trait("Database", "Sqlite")]
public sealed class SqliteReviewsApiTests(SqliteApp app) : ReviewsApiTests(app), IClassFixture<SqliteApp>;

[Trait("Database", "Postgres")]
public sealed class PostgresReviewsApiTests(PostgresApp app) : ReviewsApiTests(app), IClassFixture<PostgresApp>;
