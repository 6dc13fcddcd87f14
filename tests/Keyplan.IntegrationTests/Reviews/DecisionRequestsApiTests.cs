using System.Net;
using Keyplan.Core.Accounts;
using Keyplan.Core.Decisions;
using Keyplan.Core.Demo;
using Keyplan.Core.Notifications;
using Keyplan.Core.Plans;
using Keyplan.Core.Plans.Sections;
using Keyplan.IntegrationTests.Accounts;
using Keyplan.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Keyplan.IntegrationTests.Reviews;

/// <summary>A decision request from the plan's decisions section to the Business Area Manager and on to Management, once per provider.</summary>
public abstract class DecisionRequestsApiTests(KeyplanApp app)
{
    private async Task<(int PlanId, Guid ItemId)> PlanWithRequestAsync()
    {
        using var bam = await app.ClientForAsync(DemoUsers.Bam);
        var account = await (await bam.PostJsonAsync("/api/accounts", new AccountBuilder().InBusinessArea(await app.BusinessAreaOfAsync(DemoUsers.Bam))
            .WithKeyAccountManager(await app.UserIdAsync(DemoUsers.Kam)).Build())).ReadAsync<AccountDetails>();
        using var kam = await app.ClientForAsync(DemoUsers.Kam);
        var plan = await (await kam.PostJsonAsync("/api/plans", new CreatePlanRequest { AccountId = account.Id })).ReadAsync<PlanDetails>();
        var itemId = Guid.NewGuid();
        await kam.SaveSectionAsync(plan.Id, "decisions",
            $$"""{"requests":[{"id":"{{itemId}}","title":"Consignment stock","kind":"Budget","amount":85000,"rationale":"Shorter lead times"}]}""");
        return (plan.Id, itemId);
    }

    [Fact]
    public async Task ARequest_GoesFromTheKamToTheManagerOnToManagement_AndTheDecisionLandsInThePlan()
    {
        var (planId, itemId) = await PlanWithRequestAsync();
        using var kam = await app.ClientForAsync(DemoUsers.Kam);
        using var bam = await app.ClientForAsync(DemoUsers.Bam);
        using var management = await app.ClientForAsync(DemoUsers.Management);
        var url = $"/api/plans/{planId}/decision-requests";

        var submitted = await kam.PostJsonAsync(url, new SubmitDecisionRequest { ItemId = itemId });
        Assert.Equal(HttpStatusCode.Created, submitted.StatusCode);
        var request = await submitted.ReadAsync<DecisionRequestDetails>();
        Assert.Equal((DecisionStage.BusinessAreaManager, "Consignment stock", 85_000m), (request.Stage, request.Title, request.Amount!.Value));
        Assert.Contains(await (await bam.GetAsync("/api/me/decision-requests")).ReadAsync<List<DecisionRequestDetails>>(), r => r.Id == request.Id);
        Assert.Equal(HttpStatusCode.Conflict, (await kam.PostJsonAsync(url, new SubmitDecisionRequest { ItemId = itemId })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await kam.PostJsonAsync($"{url}/{request.Id}/decide", new DecideRequest { Outcome = DecisionOutcome.Approved })).StatusCode);

        var escalated = await bam.PostJsonAsync($"{url}/{request.Id}/escalate", new EscalateRequest { Comment = "Above my budget" });
        Assert.Equal(DecisionStage.Management, (await escalated.ReadAsync<DecisionRequestDetails>()).Stage);
        Assert.Equal(HttpStatusCode.Forbidden, (await bam.PostJsonAsync($"{url}/{request.Id}/decide", new DecideRequest { Outcome = DecisionOutcome.Approved })).StatusCode);
        var noOutcome = await management.PostJsonAsync($"{url}/{request.Id}/decide", new DecideRequest { Outcome = DecisionOutcome.Pending });
        Assert.Contains("outcome", (await noOutcome.ValidationErrorsAsync()).Keys);

        var decided = await (await management.PostJsonAsync($"{url}/{request.Id}/decide", new DecideRequest { Outcome = DecisionOutcome.Approved, Comment = "Go" }))
            .ReadAsync<DecisionRequestDetails>();
        var again = await management.PostJsonAsync($"{url}/{request.Id}/decide", new DecideRequest { Outcome = DecisionOutcome.Rejected });

        Assert.Equal((DecisionStage.Decided, DecisionOutcome.Approved, "Go"), (decided.Stage, decided.Outcome, decided.DecisionComment));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var section = await (await kam.GetAsync($"/api/plans/{planId}/sections/decisions")).ReadAsync<PlanSectionBody<DecisionsSection>>();
        var item = Assert.Single(section.Content.Requests);
        var managementId = await app.UserIdAsync(DemoUsers.Management);
        Assert.Equal((DecisionOutcome.Approved, managementId, decided.DecidedOn), (item.Decision, item.DeciderUserId, item.DecisionDate));
        var kamId = await app.UserIdAsync(DemoUsers.Kam);
        Assert.Equal(
            [NotificationKind.DecisionMade],
            await app.DbAsync(db => db.Notifications.Where(n => n.PlanId == planId && n.RecipientId == kamId).Select(n => n.Kind).ToListAsync()));
        Assert.True(await app.DbAsync(db => db.Notifications.AnyAsync(n => n.PlanId == planId && n.RecipientId == managementId && n.Kind == NotificationKind.DecisionEscalated)));
    }

    [Fact]
    public async Task TheDecisionOfASubmittedRequest_CannotBeChangedInTheSection()
    {
        var (planId, itemId) = await PlanWithRequestAsync();
        using var kam = await app.ClientForAsync(DemoUsers.Kam);
        (await kam.PostJsonAsync($"/api/plans/{planId}/decision-requests", new SubmitDecisionRequest { ItemId = itemId })).EnsureSuccessStatusCode();
        var url = $"/api/plans/{planId}/sections/decisions";
        var etag = (await kam.GetAsync(url)).Headers.ETag!.ToString();

        var selfApproved = await kam.PutJsonAsync(url,
            System.Text.Json.JsonDocument.Parse($$"""{"requests":[{"id":"{{itemId}}","title":"Consignment stock","decision":"Approved"}]}""").RootElement, etag);

        Assert.Equal(HttpStatusCode.BadRequest, selfApproved.StatusCode);
        Assert.Contains("requests[0].decision", (await selfApproved.ValidationErrorsAsync()).Keys);
    }

    [Fact]
    public async Task DecisionRequests_OfAHiddenPlan_AreNotFound()
    {
        var (planId, itemId) = await PlanWithRequestAsync();
        using var kam2 = await app.ClientForAsync(DemoUsers.Kam2);

        Assert.Equal(HttpStatusCode.NotFound, (await kam2.GetAsync($"/api/plans/{planId}/decision-requests")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await kam2.PostJsonAsync($"/api/plans/{planId}/decision-requests", new SubmitDecisionRequest { ItemId = itemId })).StatusCode);
        Assert.DoesNotContain(await (await kam2.GetAsync("/api/me/decision-requests")).ReadAsync<List<DecisionRequestDetails>>(), r => r.PlanId == planId);
    }
}

/// <summary>The section as GET /api/plans/{id}/sections/{key} sends it.</summary>
public sealed record PlanSectionBody<T>(T Content, int Version);

[Trait("Database", "Sqlite")]
public sealed class SqliteDecisionRequestsApiTests(SqliteApp app) : DecisionRequestsApiTests(app), IClassFixture<SqliteApp>;

[Trait("Database", "Postgres")]
public sealed class PostgresDecisionRequestsApiTests(PostgresApp app) : DecisionRequestsApiTests(app), IClassFixture<PostgresApp>;
