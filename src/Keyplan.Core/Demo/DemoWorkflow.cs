using Keyplan.Core.Identity;
using Keyplan.Core.Notifications;
using Keyplan.Core.Plans;
using Keyplan.Core.Workflow;

namespace Keyplan.Core.Demo;

/// <summary>
/// Puts the demo plans through the approval workflow, so every status shows: the German and Dutch example plans are
/// approved (a frozen version 1 with a quality score), the British one waits for the Business Area Manager, and the
/// KAM's first partial plan was returned with a comment. Their notifications are in the bells of those concerned.
/// </summary>
internal sealed class DemoWorkflow(IReadOnlyList<Plan> plans, IReadOnlyDictionary<string, User> users, DateTimeOffset now)
{
    private readonly List<PlanTransition> _transitions = [];
    private readonly List<PlanVersion> _versions = [];
    private readonly List<QualityScore> _scores = [];
    private readonly List<Notification> _notifications = [];

    private string Kam => users[DemoUsers.Kam].Id;
    private string Bam => users[DemoUsers.Bam].Id;

    /// <param name="plans">Saved, with their account, owner, team and sections.</param>
    public (List<PlanTransition> Transitions, List<PlanVersion> Versions, List<QualityScore> Scores, List<Notification> Notifications) Build()
    {
        if (Find(DemoPlans.GermanAccount) is { } german)
        {
            Approve(german, daysAgo: 40, [5, 4, 4, 4, 4]);
        }

        if (Find(DemoPlans.DutchAccount) is { } dutch)
        {
            Approve(dutch, daysAgo: 25, [4, 4, 3, 4, 5]);
        }

        if (Find(DemoPlans.BritishAccount) is { } british)
        {
            Submit(british, daysAgo: 2);
        }

        if (plans.FirstOrDefault(p => p.OwnerId == Kam && p.Status == PlanStatus.Draft
                && p.Account!.Name is not (DemoPlans.GermanAccount or DemoPlans.DutchAccount or DemoPlans.BritishAccount)) is { } partial)
        {
            Submit(partial, daysAgo: 9);
            Move(partial, WorkflowAction.Return, PlanStatus.ChangesRequested, Bam, daysAgo: 7,
                "The objectives are not measurable yet: give each a target and a date, and link the actions to them.");
            Tell(partial, NotificationKind.PlanReturned, Bam, 7, _transitions[^1].Comment, [partial.OwnerId, .. partial.Team.Select(t => t.UserId)]);
        }

        return (_transitions, _versions, _scores, _notifications);
    }

    private Plan? Find(string account) => plans.FirstOrDefault(p => p.Account!.Name == account);

    private void Submit(Plan plan, int daysAgo)
    {
        Move(plan, WorkflowAction.Submit, PlanStatus.Submitted, plan.OwnerId, daysAgo, null);
        Tell(plan, NotificationKind.PlanSubmitted, plan.OwnerId, daysAgo, null, [Bam]);
    }

    private void Approve(Plan plan, int daysAgo, int[] ratings)
    {
        Submit(plan, daysAgo + 3);
        var ratingList = QualityCriterion.Defaults.Zip(ratings, (criterion, score) => new CriterionRating { Criterion = criterion, Score = score, Weight = 1 }).ToList();
        _scores.Add(new QualityScore
        {
            PlanId = plan.Id, VersionNumber = plan.VersionNumber, ScoredById = Bam, ScoredAt = now.AddDays(-daysAgo),
            WeightedScore = QualityScoresHandler.Weighted(ratingList),
            Ratings = QualityScoresHandler.WriteRatings(ratingList),
        });
        Move(plan, WorkflowAction.Approve, PlanStatus.Approved, Bam, daysAgo, "A clear plan: approved.");
        _versions.Add(new PlanVersion
        {
            PlanId = plan.Id, Number = plan.VersionNumber, ApprovedAt = now.AddDays(-daysAgo), ApprovedById = Bam, Snapshot = VersionSnapshot.Take(plan),
        });
        Tell(plan, NotificationKind.PlanApproved, Bam, daysAgo, null, [plan.OwnerId, .. plan.Team.Select(t => t.UserId)]);
    }

    private void Move(Plan plan, WorkflowAction action, PlanStatus to, string actorId, int daysAgo, string? comment)
    {
        _transitions.Add(new PlanTransition
        {
            PlanId = plan.Id, Action = action, From = plan.Status, To = to, VersionNumber = plan.VersionNumber, ActorId = actorId,
            At = now.AddDays(-daysAgo), Comment = comment,
        });
        plan.Status = to;
    }

    private void Tell(Plan plan, NotificationKind kind, string actorId, int daysAgo, string? comment, IEnumerable<string> recipients) =>
        _notifications.AddRange(recipients.Where(r => r != actorId).Distinct(StringComparer.Ordinal).Select(r => new Notification
        {
            RecipientId = r, Kind = kind, PlanId = plan.Id, Subject = plan.Account!.Name, ActorId = actorId, Comment = comment,
            CreatedAt = now.AddDays(-daysAgo),
            // Older news has been read; the latest of each kind is still waiting in the bell.
            ReadAt = daysAgo > 20 ? now.AddDays(-daysAgo + 1) : null,
        }));
}
