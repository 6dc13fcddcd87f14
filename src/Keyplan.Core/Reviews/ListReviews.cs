using System.Text.Json;
using Keyplan.Core.Data;
using Keyplan.Core.Identity;
using Keyplan.Core.Plans;
using Keyplan.Core.Plans.Sections;
using Microsoft.EntityFrameworkCore;

namespace Keyplan.Core.Reviews;

/// <summary>A held review as the plan page and the API show it.</summary>
public sealed record ReviewDetails(
    int Id,
    DateOnly HeldOn,
    DateOnly PeriodEnd,
    string Participants,
    IReadOnlyList<ReviewKpiActual> Kpis,
    string? ObjectivesProgress,
    string? ActionsProgress,
    string? Decisions,
    string? NextSteps,
    string RecordedBy,
    DateTimeOffset RecordedAt);

/// <summary>A plan's review schedule, where it stands, whether it is stale, the reviews held (latest first) and whether the user may record one.</summary>
public sealed record PlanReviews(int PlanId, int IntervalMonths, ReviewStatus Status, bool IsStale, bool CanRecord, IReadOnlyList<ReviewDetails> Reviews);

public sealed class ListReviewsHandler(KeyplanDbContext db, TimeProvider clock)
{
    public async Task<Result<PlanReviews>> HandleAsync(int planId, CurrentUser user, CancellationToken cancellationToken)
    {
        var plan = await db.Plans.AsNoTracking().VisibleTo(db, user).Include(p => p.Account)
            .FirstOrDefaultAsync(p => p.Id == planId, cancellationToken);
        if (plan is null)
        {
            return new Failure.NotFound();
        }

        var reviews = await db.PlanReviews.AsNoTracking().Where(r => r.PlanId == planId)
            .OrderByDescending(r => r.PeriodEnd).ThenByDescending(r => r.HeldOn).ThenByDescending(r => r.Id)
            .Select(r => new
            {
                r.Id, r.HeldOn, r.PeriodEnd, r.Participants, r.KpiActuals, r.ObjectivesProgress, r.ActionsProgress, r.Decisions, r.NextSteps,
                RecordedBy = r.RecordedBy!.DisplayName, r.RecordedAt,
            })
            .ToListAsync(cancellationToken);

        var now = clock.GetUtcNow();
        var status = ReviewSchedule.Status(plan.PeriodStart, plan.PeriodEnd, plan.ReviewIntervalMonths, reviews.Select(r => r.PeriodEnd), DateOnly.FromDateTime(now.UtcDateTime));
        return new PlanReviews(
            plan.Id, plan.ReviewIntervalMonths, status,
            ReviewSchedule.IsStale(plan.UpdatedAt, plan.ReviewIntervalMonths, plan.PeriodStart, plan.PeriodEnd, now),
            ReviewAccess.CanRecord(user, plan),
            [.. reviews.Select(r => new ReviewDetails(
                r.Id, r.HeldOn, r.PeriodEnd, r.Participants,
                JsonSerializer.Deserialize<List<ReviewKpiActual>>(r.KpiActuals, SectionJson.Options) ?? [],
                r.ObjectivesProgress, r.ActionsProgress, r.Decisions, r.NextSteps, r.RecordedBy, r.RecordedAt))]);
    }
}
