using Keyplan.Core.Data;
using Keyplan.Core.Identity;
using Keyplan.Core.Plans;
using Microsoft.EntityFrameworkCore;

namespace Keyplan.Core.Workflow;

/// <summary>One of a KAM's plans with its status and the latest quality score it got, if any.</summary>
public sealed record ScorecardRow(int PlanId, string AccountName, PlanStatus Status, decimal? WeightedScore, int? ScoredVersion);

/// <summary>The KAM's scorecard: each plan they own with its latest weighted quality score, best first.</summary>
public sealed class ScorecardHandler(KeyplanDbContext db)
{
    public async Task<IReadOnlyList<ScorecardRow>> HandleAsync(CurrentUser user, CancellationToken cancellationToken)
    {
        var plans = await db.Plans.AsNoTracking().Where(p => p.OwnerId == user.Id)
            .Select(p => new { p.Id, p.Account!.Name, p.Status }).ToListAsync(cancellationToken);
        var ids = plans.Select(p => p.Id).ToList();
        var scores = await db.QualityScores.AsNoTracking().Where(s => ids.Contains(s.PlanId))
            .Select(s => new { s.PlanId, s.VersionNumber, s.WeightedScore, s.ScoredAt }).ToListAsync(cancellationToken);
        return plans
            .Select(p => (Plan: p, Latest: scores.Where(s => s.PlanId == p.Id).OrderByDescending(s => s.ScoredAt).FirstOrDefault()))
            .Select(x => new ScorecardRow(x.Plan.Id, x.Plan.Name, x.Plan.Status, x.Latest?.WeightedScore, x.Latest?.VersionNumber))
            .OrderByDescending(r => r.WeightedScore ?? -1).ThenBy(r => r.AccountName, StringComparer.CurrentCulture)
            .ToList();
    }
}
