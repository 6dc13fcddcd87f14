using Keyplan.Core.Data;
using Keyplan.Core.Identity;
using Keyplan.Core.Plans;
using Microsoft.EntityFrameworkCore;

namespace Keyplan.Core.Workflow;

public sealed record TransitionDetails(
    int Id, WorkflowAction Action, PlanStatus From, PlanStatus To, int VersionNumber, string? ActorName, DateTimeOffset At, string? Comment);

/// <param name="WeightedScore">The latest quality score given to this version, if any.</param>
public sealed record VersionListItem(int Number, DateTimeOffset ApprovedAt, string? ApprovedByName, decimal? WeightedScore);

/// <summary>Where a plan stands in its approval workflow, what the reader may do next, and how it got there.</summary>
/// <param name="VersionNumber">The version being worked on now.</param>
/// <param name="ReferenceVersion">The latest approved version, which stays the reference while a newer draft is worked on.</param>
/// <param name="Available">The actions the reader may take now.</param>
/// <param name="MayScore">The reader may score the plan's quality now (a reviewer, while it is submitted).</param>
/// <param name="MayChooseSubmitters">The reader owns the plan and decides which team members may submit it.</param>
public sealed record PlanWorkflow(
    int PlanId,
    PlanStatus Status,
    int VersionNumber,
    int? ReferenceVersion,
    IReadOnlyList<WorkflowAction> Available,
    bool MayScore,
    IReadOnlyList<TransitionDetails> Transitions,
    IReadOnlyList<VersionListItem> Versions,
    bool MayChooseSubmitters);

public sealed class GetPlanWorkflowHandler(KeyplanDbContext db)
{
    public async Task<Result<PlanWorkflow>> HandleAsync(int planId, CurrentUser user, CancellationToken cancellationToken)
    {
        var plan = await db.Plans.AsNoTracking().VisibleTo(db, user).Include(p => p.Account).Include(p => p.Team)
            .FirstOrDefaultAsync(p => p.Id == planId, cancellationToken);
        if (plan is null)
        {
            return new Failure.NotFound();
        }

        var facts = FactsOf(plan);
        var transitions = await db.PlanTransitions.AsNoTracking().Where(t => t.PlanId == planId)
            .OrderByDescending(t => t.At).ThenByDescending(t => t.Id)
            .Select(t => new TransitionDetails(t.Id, t.Action, t.From, t.To, t.VersionNumber, t.Actor!.DisplayName, t.At, t.Comment))
            .ToListAsync(cancellationToken);
        var scores = await db.QualityScores.AsNoTracking().Where(s => s.PlanId == planId)
            .Select(s => new { s.VersionNumber, s.WeightedScore, s.ScoredAt }).ToListAsync(cancellationToken);
        var versions = (await db.PlanVersions.AsNoTracking().Where(v => v.PlanId == planId)
            .Select(v => new { v.Number, v.ApprovedAt, ApprovedBy = v.ApprovedBy!.DisplayName }).ToListAsync(cancellationToken))
            .OrderByDescending(v => v.Number)
            .Select(v => new VersionListItem(v.Number, v.ApprovedAt, v.ApprovedBy,
                scores.Where(s => s.VersionNumber == v.Number).OrderByDescending(s => s.ScoredAt).Select(s => (decimal?)s.WeightedScore).FirstOrDefault()))
            .ToList();
        return new PlanWorkflow(
            plan.Id,
            plan.Status,
            plan.VersionNumber,
            versions.Count == 0 ? null : versions[0].Number,
            WorkflowRules.Available(user, facts),
            WorkflowRules.MayReview(user, facts) && plan.Status == PlanStatus.Submitted,
            transitions,
            versions,
            plan.OwnerId == user.Id);
    }

    /// <param name="plan">With its account and team loaded.</param>
    internal static PlanWorkflowFacts FactsOf(Plan plan) => new(
        plan.Status,
        plan.OwnerId,
        plan.Account!.BusinessAreaId,
        plan.Team.Where(t => t.CanSubmit).Select(t => t.UserId).ToHashSet(StringComparer.Ordinal),
        plan.Team.Select(t => t.UserId).ToHashSet(StringComparer.Ordinal));
}
