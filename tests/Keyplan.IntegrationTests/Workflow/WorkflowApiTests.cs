using System.Net;
using System.Text;
using Keyplan.Core.Accounts;
using Keyplan.Core.Demo;
using Keyplan.Core.Notifications;
using Keyplan.Core.Plans;
using Keyplan.Core.Workflow;
using Keyplan.IntegrationTests.Accounts;
using Keyplan.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Keyplan.IntegrationTests.Workflow;

/// <summary>
/// Submit, return, approve and reopen through HTTP for every demo role in every status, once per database provider:
/// 200 when allowed, 403 when the role may not, 409 when the status does not allow it, 404 when the plan is hidden —
/// and a refused call changes nothing.
/// </summary>
public abstract class WorkflowApiTests(KeyplanApp app)
{
    private static readonly string[] Everyone = [DemoUsers.Admin, DemoUsers.Management, DemoUsers.Bam, DemoUsers.Kam, DemoUsers.Kam2, DemoUsers.Team];

    /// <summary>
    /// What each role gets for each action in each status, written out rather than derived from the rules:
    /// the KAM submits drafts and reopens returned or approved plans; reviewers (admin, management, the area's BAM)
    /// return and approve submitted ones; the team member (not allowed to submit) is refused; kam2 does not see the plan.
    /// </summary>
    private static HttpStatusCode Expected(string role, WorkflowAction action, PlanStatus status)
    {
        if (role == DemoUsers.Kam2)
        {
            return HttpStatusCode.NotFound;
        }

        var reviewer = role is DemoUsers.Admin or DemoUsers.Management or DemoUsers.Bam;
        return action switch
        {
            WorkflowAction.Submit when role == DemoUsers.Kam => status == PlanStatus.Draft ? HttpStatusCode.OK : HttpStatusCode.Conflict,
            WorkflowAction.Reopen when role == DemoUsers.Kam =>
                status is PlanStatus.ChangesRequested or PlanStatus.Approved ? HttpStatusCode.OK : HttpStatusCode.Conflict,
            WorkflowAction.Return or WorkflowAction.Approve when reviewer => status == PlanStatus.Submitted ? HttpStatusCode.OK : HttpStatusCode.Conflict,
            _ => HttpStatusCode.Forbidden,
        };
    }

    private static string Route(WorkflowAction action) => action.ToString().ToLowerInvariant();

    private static StringContent Body(string? comment = "Please add the visit plan.") =>
        new(System.Text.Json.JsonSerializer.Serialize(new { comment }), Encoding.UTF8, "application/json");

    /// <summary>A plan of a fresh account in the BAM's area, owned by the demo KAM, with the demo team member on its team, in the given status.</summary>
    private async Task<int> PlanInAsync(PlanStatus status)
    {
        var businessAreaId = await app.BusinessAreaOfAsync(DemoUsers.Bam);
        var kamId = await app.UserIdAsync(DemoUsers.Kam);
        var teamId = await app.UserIdAsync(DemoUsers.Team);
        using var bam = await app.ClientForAsync(DemoUsers.Bam);
        var account = await (await bam.PostJsonAsync("/api/accounts", new AccountBuilder().InBusinessArea(businessAreaId).WithKeyAccountManager(kamId)
            .With(a => a.Team.Add(new TeamMemberInput { UserId = teamId })).Build())).ReadAsync<AccountDetails>();
        using var kam = await app.ClientForAsync(DemoUsers.Kam);
        var plan = await (await kam.PostJsonAsync("/api/plans", new CreatePlanRequest { AccountId = account.Id })).ReadAsync<PlanDetails>();
        if (status != PlanStatus.Draft)
        {
            (await kam.PostAsync($"/api/plans/{plan.Id}/submit", Body(null))).EnsureSuccessStatusCode();
        }

        if (status is PlanStatus.ChangesRequested or PlanStatus.Approved)
        {
            var action = status == PlanStatus.Approved ? "approve" : "return";
            (await bam.PostAsync($"/api/plans/{plan.Id}/{action}", Body())).EnsureSuccessStatusCode();
        }

        return plan.Id;
    }

    private Task<(PlanStatus Status, int Transitions, int Versions, int Version)> StateOfAsync(int planId) =>
        app.WithDbAsync(async db => (
            await db.Plans.Where(p => p.Id == planId).Select(p => p.Status).SingleAsync(),
            await db.PlanTransitions.CountAsync(t => t.PlanId == planId),
            await db.PlanVersions.CountAsync(v => v.PlanId == planId),
            await db.Plans.Where(p => p.Id == planId).Select(p => p.VersionNumber).SingleAsync()));

    [Theory]
    [InlineData(PlanStatus.Draft)]
    [InlineData(PlanStatus.Submitted)]
    [InlineData(PlanStatus.ChangesRequested)]
    [InlineData(PlanStatus.Approved)]
    public async Task EveryRefusedTransition_AnswersItsStatus_AndChangesNothing(PlanStatus status)
    {
        var planId = await PlanInAsync(status);
        var before = await StateOfAsync(planId);
        var refused = 0;

        foreach (var role in Everyone)
        {
            using var client = await app.ClientForAsync(role);
            foreach (var action in Enum.GetValues<WorkflowAction>())
            {
                var expected = Expected(role, action, status);
                if (expected == HttpStatusCode.OK)
                {
                    continue;
                }

                var response = await client.PostAsync($"/api/plans/{planId}/{Route(action)}", Body());
                Assert.True(expected == response.StatusCode, $"{role} {action} on {status}: {(int)response.StatusCode}, expected {(int)expected}.");
                refused++;
            }
        }

        Assert.True(refused >= 18, $"Only {refused} refused calls were tried.");
        Assert.Equal(before, await StateOfAsync(planId));
    }

    [Theory]
    [InlineData(DemoUsers.Kam, WorkflowAction.Submit, PlanStatus.Draft, PlanStatus.Submitted)]
    [InlineData(DemoUsers.Bam, WorkflowAction.Return, PlanStatus.Submitted, PlanStatus.ChangesRequested)]
    [InlineData(DemoUsers.Management, WorkflowAction.Return, PlanStatus.Submitted, PlanStatus.ChangesRequested)]
    [InlineData(DemoUsers.Admin, WorkflowAction.Return, PlanStatus.Submitted, PlanStatus.ChangesRequested)]
    [InlineData(DemoUsers.Bam, WorkflowAction.Approve, PlanStatus.Submitted, PlanStatus.Approved)]
    [InlineData(DemoUsers.Management, WorkflowAction.Approve, PlanStatus.Submitted, PlanStatus.Approved)]
    [InlineData(DemoUsers.Admin, WorkflowAction.Approve, PlanStatus.Submitted, PlanStatus.Approved)]
    [InlineData(DemoUsers.Kam, WorkflowAction.Reopen, PlanStatus.ChangesRequested, PlanStatus.Draft)]
    [InlineData(DemoUsers.Kam, WorkflowAction.Reopen, PlanStatus.Approved, PlanStatus.Draft)]
    public async Task EveryAllowedTransition_MovesThePlan_AndRecordsWhoWhenAndComment(string role, WorkflowAction action, PlanStatus from, PlanStatus to)
    {
        Assert.Equal(HttpStatusCode.OK, Expected(role, action, from));
        var planId = await PlanInAsync(from);
        var before = await StateOfAsync(planId);
        using var client = await app.ClientForAsync(role);

        var response = await client.PostAsync($"/api/plans/{planId}/{Route(action)}", Body("Looks right."));
        var workflow = await response.ReadAsync<PlanWorkflow>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(to, workflow.Status);
        Assert.Equal(to, (await StateOfAsync(planId)).Status);
        var last = workflow.Transitions[0];
        Assert.Equal((action, from, to, "Looks right."), (last.Action, last.From, last.To, last.Comment));
        Assert.Equal(DemoUsers.All.Single(u => u.Email == role).DisplayName, last.ActorName);
        Assert.True(DateTimeOffset.UtcNow - last.At < TimeSpan.FromMinutes(5));
        Assert.Equal(before.Transitions + 1, workflow.Transitions.Count);
    }

    [Fact]
    public async Task TeamMemberTheKamAllows_Submits_AndOnlyTheKamAllowsThem()
    {
        var planId = await PlanInAsync(PlanStatus.Draft);
        var teamId = await app.UserIdAsync(DemoUsers.Team);
        using var kam = await app.ClientForAsync(DemoUsers.Kam);
        using var bam = await app.ClientForAsync(DemoUsers.Bam);
        using var team = await app.ClientForAsync(DemoUsers.Team);

        var byBam = await bam.PutJsonAsync($"/api/plans/{planId}/submitters/{teamId}", new SubmitterRequest(true), null);
        var refusedBefore = await team.PostAsync($"/api/plans/{planId}/submit", Body(null));
        var byKam = await kam.PutJsonAsync($"/api/plans/{planId}/submitters/{teamId}", new SubmitterRequest(true), null);
        var submitted = await team.PostAsync($"/api/plans/{planId}/submit", Body(null));

        Assert.Equal(HttpStatusCode.Forbidden, byBam.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, refusedBefore.StatusCode);
        Assert.True((await byKam.ReadAsync<SubmitterDetails>()).CanSubmit);
        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        Assert.Equal(PlanStatus.Submitted, (await StateOfAsync(planId)).Status);
    }

    [Fact]
    public async Task ReviewerOnThePlanTeam_MayNotApproveIt()
    {
        var planId = await PlanInAsync(PlanStatus.Submitted);
        var bamId = await app.UserIdAsync(DemoUsers.Bam);
        await app.WithDbAsync(async db =>
        {
            db.PlanTeamMembers.Add(new PlanTeamMember { PlanId = planId, UserId = bamId });
            return await db.SaveChangesAsync();
        });
        using var bam = await app.ClientForAsync(DemoUsers.Bam);

        Assert.Equal(HttpStatusCode.Forbidden, (await bam.PostAsync($"/api/plans/{planId}/approve", Body())).StatusCode);
        Assert.Equal(PlanStatus.Submitted, (await StateOfAsync(planId)).Status);
    }

    [Fact]
    public async Task Return_WithoutComment_Is400NamingTheField_AndChangesNothing()
    {
        var planId = await PlanInAsync(PlanStatus.Submitted);
        var before = await StateOfAsync(planId);
        using var bam = await app.ClientForAsync(DemoUsers.Bam);

        var blank = await bam.PostAsync($"/api/plans/{planId}/return", Body("  "));
        var empty = await bam.PostAsync($"/api/plans/{planId}/return", null);

        Assert.Equal(HttpStatusCode.BadRequest, blank.StatusCode);
        Assert.Contains("comment", (await blank.ValidationErrorsAsync()).Keys);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal(before, await StateOfAsync(planId));
    }

    [Fact]
    public async Task Submit_TellsTheBusinessAreaManager_AndReturn_TellsTheKamAndTeam()
    {
        var planId = await PlanInAsync(PlanStatus.Submitted);
        using var bam = await app.ClientForAsync(DemoUsers.Bam);
        using var kam = await app.ClientForAsync(DemoUsers.Kam);
        using var team = await app.ClientForAsync(DemoUsers.Team);
        var bamNotes = await (await bam.GetAsync("/api/me/notifications")).ReadAsync<NotificationList>();
        var submitted = Assert.Single(bamNotes.Items, n => n.PlanId == planId);
        Assert.Equal((NotificationKind.PlanSubmitted, (DateTimeOffset?)null), (submitted.Kind, submitted.ReadAt));
        Assert.Equal(DemoUsers.All.Single(u => u.Email == DemoUsers.Kam).DisplayName, submitted.ActorName);

        await bam.PostAsync($"/api/plans/{planId}/return", Body("Objectives are not measurable."));

        foreach (var client in new[] { kam, team })
        {
            var notes = await (await client.GetAsync("/api/me/notifications")).ReadAsync<NotificationList>();
            var returned = Assert.Single(notes.Items, n => n.PlanId == planId);
            Assert.Equal((NotificationKind.PlanReturned, "Objectives are not measurable."), (returned.Kind, returned.Comment));
        }

        Assert.DoesNotContain((await (await bam.GetAsync("/api/me/notifications")).ReadAsync<NotificationList>()).Items,
            n => n.PlanId == planId && n.Kind == NotificationKind.PlanReturned);
        var unread = (await (await kam.GetAsync("/api/me/notifications")).ReadAsync<NotificationList>()).Unread;
        var mine = (await (await kam.GetAsync("/api/me/notifications")).ReadAsync<NotificationList>()).Items.First(n => n.PlanId == planId);
        Assert.Equal(HttpStatusCode.NotFound, (await bam.PostAsync($"/api/me/notifications/{mine.Id}/read", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await kam.PostAsync($"/api/me/notifications/{mine.Id}/read", null)).StatusCode);
        Assert.Equal(unread - 1, (await (await kam.GetAsync("/api/me/notifications")).ReadAsync<NotificationList>()).Unread);
    }

    [Fact]
    public async Task Approval_FreezesAVersion_EditingStartsTheNext_AndCompareShowsTheChange()
    {
        var planId = await PlanInAsync(PlanStatus.Approved);
        using var kam = await app.ClientForAsync(DemoUsers.Kam);
        var url = $"/api/plans/{planId}/sections/summary";
        var etag = (await kam.GetAsync(url)).Headers.ETag!.ToString();

        var saved = await kam.SendAsync(new HttpRequestMessage(HttpMethod.Put, url)
        {
            Content = new StringContent("""{"text":"Grow in the Benelux."}""", Encoding.UTF8, "application/json"), Headers = { { "If-Match", etag } },
        });
        var workflow = await (await kam.GetAsync($"/api/plans/{planId}/workflow")).ReadAsync<PlanWorkflow>();
        var versions = await (await kam.GetAsync($"/api/plans/{planId}/versions")).ReadAsync<List<VersionListItem>>();
        var comparison = await (await kam.GetAsync($"/api/plans/{planId}/versions/1/compare/current")).ReadAsync<VersionComparison>();
        var missing = await kam.GetAsync($"/api/plans/{planId}/versions/7/compare/current");

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal((PlanStatus.Draft, 2, (int?)1), (workflow.Status, workflow.VersionNumber, workflow.ReferenceVersion));
        Assert.Equal((WorkflowAction.Reopen, PlanStatus.Approved), (workflow.Transitions[0].Action, workflow.Transitions[0].From));
        Assert.Equal(1, Assert.Single(versions).Number);
        var summary = Assert.Single(comparison.Sections);
        Assert.Equal("summary", summary.Section);
        var change = Assert.Single(summary.Items);
        Assert.Equal(ItemChangeKind.Changed, change.Kind);
        Assert.Equal(new FieldChange("text", null, "Grow in the Benelux."), Assert.Single(change.Fields));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task QualityScore_IsGivenByAReviewerToASubmittedPlan_AndWeighted()
    {
        var planId = await PlanInAsync(PlanStatus.Submitted);
        var draftId = await PlanInAsync(PlanStatus.Draft);
        using var bam = await app.ClientForAsync(DemoUsers.Bam);
        using var kam = await app.ClientForAsync(DemoUsers.Kam);
        var criteria = await (await bam.GetAsync("/api/quality-criteria")).ReadAsync<List<QualityCriterionDetails>>();
        var ratings = criteria.Select((c, i) => new CriterionRating { Criterion = c.Key, Score = i + 1, Comment = "ok" }).ToList();

        var byKam = await kam.PostJsonAsync($"/api/plans/{planId}/quality-scores", new ScorePlanRequest { Ratings = ratings });
        var onDraft = await bam.PostJsonAsync($"/api/plans/{draftId}/quality-scores", new ScorePlanRequest { Ratings = ratings });
        var outOfRange = await bam.PostJsonAsync($"/api/plans/{planId}/quality-scores",
            new ScorePlanRequest { Ratings = [.. ratings.Skip(1), ratings[0] with { Score = 6 }] });
        var scored = await bam.PostJsonAsync($"/api/plans/{planId}/quality-scores", new ScorePlanRequest { Ratings = ratings });
        var listed = await (await kam.GetAsync($"/api/plans/{planId}/quality-scores")).ReadAsync<List<QualityScoreDetails>>();

        Assert.Equal(5, criteria.Count);
        Assert.Equal(HttpStatusCode.Forbidden, byKam.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, onDraft.StatusCode);
        Assert.Contains("ratings[4].score", (await outOfRange.ValidationErrorsAsync()).Keys);
        Assert.Equal(HttpStatusCode.OK, scored.StatusCode);
        Assert.Equal(3.00m, Assert.Single(listed).WeightedScore);
        Assert.Equal(1, listed[0].VersionNumber);
    }

    [Fact]
    public async Task QualityWeights_AreSetByAdministratorsOnly()
    {
        using var bam = await app.ClientForAsync(DemoUsers.Bam);
        using var admin = await app.ClientForAsync(DemoUsers.Admin);
        var current = await (await admin.GetAsync("/api/quality-criteria")).ReadAsync<List<QualityCriterionDetails>>();

        var byBam = await bam.PutJsonAsync("/api/quality-criteria", current, null);
        var unknown = await admin.PutJsonAsync("/api/quality-criteria", new[] { new QualityCriterionDetails("Nope", 1) }, null);
        var byAdmin = await admin.PutJsonAsync("/api/quality-criteria", current, null);

        Assert.Equal(HttpStatusCode.Forbidden, byBam.StatusCode);
        Assert.Contains("[0].key", (await unknown.ValidationErrorsAsync()).Keys);
        Assert.Equal(current, await byAdmin.ReadAsync<List<QualityCriterionDetails>>());
    }
}

[Trait("Database", "Sqlite")]
public sealed class SqliteWorkflowApiTests(SqliteApp app) : WorkflowApiTests(app), IClassFixture<SqliteApp>;

[Trait("Database", "Postgres")]
public sealed class PostgresWorkflowApiTests(PostgresApp app) : WorkflowApiTests(app), IClassFixture<PostgresApp>;
