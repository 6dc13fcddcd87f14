using Keyplan.Core;
using Keyplan.Core.Identity;
using Keyplan.Core.Plans;
using Keyplan.Core.Workflow;

namespace Keyplan.UnitTests.Workflow;

/// <summary>Every role against every action in every status: who may move a plan where (SPEC §3).</summary>
public sealed class WorkflowRulesTests
{
    private const int Area = 1;
    private const int OtherArea = 2;

    private static readonly CurrentUser Admin = User("admin", Roles.Administrator, null);
    private static readonly CurrentUser Management = User("management", Roles.Management, null);
    private static readonly CurrentUser Bam = User("bam", Roles.BusinessAreaManager, Area);
    private static readonly CurrentUser OtherBam = User("bam2", Roles.BusinessAreaManager, OtherArea);
    private static readonly CurrentUser Kam = User("kam", Roles.KeyAccountManager, Area);
    private static readonly CurrentUser Kam2 = User("kam2", Roles.KeyAccountManager, OtherArea);
    private static readonly CurrentUser Team = User("team", Roles.TeamMember, Area);
    private static readonly CurrentUser Submitter = User("submitter", Roles.TeamMember, Area);

    private static CurrentUser User(string id, string role, int? area) => new(id, id, new HashSet<string> { role }, area);

    private static PlanWorkflowFacts Plan(PlanStatus status) =>
        new(status, Kam.Id, Area, new HashSet<string> { Submitter.Id }, new HashSet<string> { Team.Id, Submitter.Id });

    public static TheoryData<string, WorkflowAction, PlanStatus, string> Matrix()
    {
        // Written out per role: "ok", "403" (the role may not) or "409" (it may, but not in this status).
        var data = new TheoryData<string, WorkflowAction, PlanStatus, string>();
        foreach (var status in Enum.GetValues<PlanStatus>())
        {
            var submitState = status == PlanStatus.Draft ? "ok" : "409";
            var reviewState = status == PlanStatus.Submitted ? "ok" : "409";
            var reopenState = status is PlanStatus.ChangesRequested or PlanStatus.Approved ? "ok" : "409";
            foreach (var (user, submit, review) in new[]
            {
                ("admin", false, true), ("management", false, true), ("bam", false, true), ("bam2", false, false),
                ("kam", true, false), ("kam2", false, false), ("team", false, false), ("submitter", true, false),
            })
            {
                data.Add(user, WorkflowAction.Submit, status, submit ? submitState : "403");
                data.Add(user, WorkflowAction.Reopen, status, submit ? reopenState : "403");
                data.Add(user, WorkflowAction.Return, status, review ? reviewState : "403");
                data.Add(user, WorkflowAction.Approve, status, review ? reviewState : "403");
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public void Check_ForEveryRoleActionAndStatus_AllowsOrRefusesAsSpecified(string userId, WorkflowAction action, PlanStatus status, string expected)
    {
        var user = new[] { Admin, Management, Bam, OtherBam, Kam, Kam2, Team, Submitter }.Single(u => u.Id == userId);

        var result = WorkflowRules.Check(action, user, Plan(status));

        var actual = result switch
        {
            null => "ok",
            Failure.Forbidden => "403",
            Failure.Conflict => "409",
            _ => result.ToString(),
        };
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Reviewer_WhoOwnsThePlan_MayNotApproveOrReturnIt()
    {
        var ownPlan = Plan(PlanStatus.Submitted) with { OwnerId = Bam.Id };

        Assert.IsType<Failure.Forbidden>(WorkflowRules.Check(WorkflowAction.Approve, Bam, ownPlan));
        Assert.IsType<Failure.Forbidden>(WorkflowRules.Check(WorkflowAction.Return, Bam, ownPlan));
    }

    [Fact]
    public void Administrator_OnThePlanTeam_MayNotApproveIt()
    {
        var plan = Plan(PlanStatus.Submitted) with { TeamIds = new HashSet<string> { Admin.Id } };

        Assert.IsType<Failure.Forbidden>(WorkflowRules.Check(WorkflowAction.Approve, Admin, plan));
    }

    [Theory]
    [InlineData(WorkflowAction.Submit, PlanStatus.Submitted)]
    [InlineData(WorkflowAction.Return, PlanStatus.ChangesRequested)]
    [InlineData(WorkflowAction.Approve, PlanStatus.Approved)]
    [InlineData(WorkflowAction.Reopen, PlanStatus.Draft)]
    public void Target_IsTheStatusTheActionLeadsTo(WorkflowAction action, PlanStatus target) =>
        Assert.Equal(target, WorkflowRules.Target(action));

    [Fact]
    public void Available_ListsWhatTheUserMayDoNow()
    {
        Assert.Equal([WorkflowAction.Submit], WorkflowRules.Available(Kam, Plan(PlanStatus.Draft)));
        Assert.Equal([WorkflowAction.Return, WorkflowAction.Approve], WorkflowRules.Available(Bam, Plan(PlanStatus.Submitted)));
        Assert.Empty(WorkflowRules.Available(Team, Plan(PlanStatus.Draft)));
    }
}

/// <summary>The weighted quality score: Σ score × weight / Σ weight, two decimals; weight 0 leaves a criterion out.</summary>
public sealed class WeightedScoreTests
{
    private static CriterionRating Rating(int score, int weight) => new() { Criterion = "x", Score = score, Weight = weight };

    [Fact]
    public void Weighted_UsesTheWeights_AndRoundsToTwoDecimals()
    {
        Assert.Equal(3.67m, QualityScoresHandler.Weighted([Rating(5, 2), Rating(1, 1)]));
        Assert.Equal(4m, QualityScoresHandler.Weighted([Rating(4, 1), Rating(1, 0)]));
        Assert.Equal(0m, QualityScoresHandler.Weighted([Rating(4, 0)]));
    }
}
