using System.Net;
using Keyplan.Core.Dashboards;
using Keyplan.Core.Decisions;
using Keyplan.Core.Demo;
using Keyplan.Core.Plans;
using Keyplan.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Keyplan.IntegrationTests.Reviews;

/// <summary>The leadership dashboard and the rollout view over the demo data, once per database provider.</summary>
public abstract class DashboardApiTests(KeyplanApp app)
{
    [Fact]
    public async Task Dashboard_CountsThePlansOfTheYear_AndFlagsWhatTheDemoHoldsToFlag()
    {
        using var management = await app.ClientForAsync(DemoUsers.Management);

        var dashboard = await (await management.GetAsync("/api/dashboard")).ReadAsync<LeadershipDashboard>();

        var year = dashboard.Year;
        var approved = await app.DbAsync(db => db.Plans.CountAsync(p => p.FiscalYear == year && p.Status == PlanStatus.Approved));
        var open = await app.DbAsync(db => db.DecisionSubmissions.CountAsync(s => s.Stage != DecisionStage.Decided && s.Plan!.FiscalYear == year));
        Assert.Equal(dashboard.Plans, dashboard.ByStatus.Sum(s => s.Plans));
        Assert.Equal(approved, dashboard.ByStatus.Single(s => s.Status == PlanStatus.Approved).Plans);
        Assert.Equal(open, dashboard.OpenDecisions.Count);
        Assert.NotEmpty(dashboard.StalePlans);
        Assert.InRange(dashboard.AverageQualityScore!.Value, 1m, 5m);
        Assert.Contains(dashboard.KamAttainment, k => k.Measured > 0 && k.Attainment > 0);
    }

    [Fact]
    public async Task Dashboard_ShowsAManagerTheirAreaOnly_AndIsRefusedToKeyAccountManagers()
    {
        using var bam = await app.ClientForAsync(DemoUsers.Bam);
        using var kam = await app.ClientForAsync(DemoUsers.Kam);
        var area = await app.BusinessAreaOfAsync(DemoUsers.Bam);

        var dashboard = await (await bam.GetAsync("/api/dashboard")).ReadAsync<LeadershipDashboard>();
        var inArea = await app.DbAsync(db => db.Plans.CountAsync(p => p.FiscalYear == dashboard.Year && p.Account!.BusinessAreaId == area));

        Assert.Equal(inArea, dashboard.Plans);
        Assert.Equal(HttpStatusCode.Forbidden, (await kam.GetAsync("/api/dashboard")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await kam.GetAsync("/api/rollout")).StatusCode);
    }

    [Fact]
    public async Task Rollout_AdministratorsSetTheProgramme_TheAdoptionIsComputed()
    {
        using var admin = await app.ClientForAsync(DemoUsers.Admin);
        using var bam = await app.ClientForAsync(DemoUsers.Bam);
        var first = await admin.GetAsync("/api/rollout");
        var etag = first.Headers.ETag!.ToString();
        var programme = new RolloutProgrammeInput
        {
            Goals = "Every A customer with an approved plan by June",
            Budget = 120_000m,
            Benefits = [new ExpectedBenefit { Description = "Higher share of wallet", Amount = 400_000m }, new ExpectedBenefit { Description = "Shared customer knowledge" }],
            Milestones = [new Milestone { Title = "Pilot in Industrial Automation", Due = new DateOnly(2026, 3, 31), Done = true }],
        };

        var invalid = await admin.PutJsonAsync("/api/rollout", programme with { Milestones = [new Milestone { Due = new DateOnly(2026, 1, 1) }] }, etag);
        var refused = await bam.PutJsonAsync("/api/rollout", programme, etag);
        var saved = await admin.PutJsonAsync("/api/rollout", programme, etag);
        var stale = await admin.PutJsonAsync("/api/rollout", programme, etag);

        Assert.Contains("milestones[0].title", (await invalid.ValidationErrorsAsync()).Keys);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        var view = await (await bam.GetAsync("/api/rollout")).ReadAsync<RolloutView>();
        Assert.Equal((programme.Goals, 120_000m, 2, 1, false), (view.Goals, view.Budget!.Value, view.Benefits.Count, view.Milestones.Count, view.CanEdit));
        var a = view.Adoption;
        Assert.InRange(a.KeyAccountsWithPlan, 1, a.KeyAccounts);
        Assert.InRange(a.Approved, 1, a.Plans);
        Assert.InRange(a.ReviewsOnTime, 0, a.ReviewsDue);
        Assert.InRange(a.Current, 0, a.Plans);
    }
}

[Trait("Database", "Sqlite")]
public sealed class SqliteDashboardApiTests(SqliteApp app) : DashboardApiTests(app), IClassFixture<SqliteApp>;

[Trait("Database", "Postgres")]
public sealed class PostgresDashboardApiTests(PostgresApp app) : DashboardApiTests(app), IClassFixture<PostgresApp>;
