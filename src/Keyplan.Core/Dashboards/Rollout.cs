using System.Text.Json;
using Keyplan.Core.Accounts;
using Keyplan.Core.Data;
using Keyplan.Core.Identity;
using Keyplan.Core.Organisation;
using Keyplan.Core.Plans;
using Keyplan.Core.Plans.Sections;
using Keyplan.Core.Reviews;
using Microsoft.EntityFrameworkCore;

namespace Keyplan.Core.Dashboards;

/// <summary>The rollout view for leadership, and its programme data for administrators.</summary>
public sealed class RolloutHandler(KeyplanDbContext db, TimeProvider clock)
{
    public async Task<Result<RolloutView>> GetAsync(DashboardQuery query, CurrentUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (!Budget.BudgetAccess.CanSee(user))
        {
            return new Failure.Forbidden();
        }

        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var programme = await db.RolloutProgrammes.AsNoTracking().FirstOrDefaultAsync(cancellationToken) ?? new RolloutProgramme();
        var plans = await DashboardPlans.LoadAsync(db, user, query, today, cancellationToken);
        var year = await DashboardPlans.YearAsync(db, query, today, cancellationToken);
        var keyAccounts = await db.Accounts.AsNoTracking().VisibleTo(user)
            .Where(a => a.IsKeyAccount && (query.BusinessAreaId == null || a.BusinessAreaId == query.BusinessAreaId))
            .Select(a => a.Id).ToListAsync(cancellationToken);
        var ids = plans.Select(p => p.Id).ToList();
        var reviews = await db.PlanReviews.AsNoTracking().Where(r => ids.Contains(r.PlanId))
            .Select(r => new { r.PlanId, r.PeriodEnd, r.HeldOn }).ToListAsync(cancellationToken);
        var scores = await db.QualityScores.AsNoTracking().Where(s => ids.Contains(s.PlanId)).GroupBy(s => s.PlanId)
            .Select(g => g.OrderByDescending(s => s.ScoredAt).Select(s => (double)s.WeightedScore).First()).ToListAsync(cancellationToken);
        var currency = await db.OrganisationSettings.AsNoTracking().Select(s => s.Currency).FirstOrDefaultAsync(cancellationToken) ?? OrganisationSettings.DefaultCurrency;

        // A due date counts once its grace days are over; it was met on time by a review covering it held by then.
        var due = plans.SelectMany(p => ReviewSchedule.DueDates(p.PeriodStart, p.PeriodEnd, p.ReviewIntervalMonths)
            .Where(d => d.AddDays(ReviewSchedule.GraceDays) < today).Select(d => (p.Id, Due: d))).ToList();
        var onTime = due.Count(d => reviews.Any(r => r.PlanId == d.Id && r.PeriodEnd >= d.Due && r.HeldOn <= d.Due.AddDays(ReviewSchedule.GraceDays)));
        var withPlan = plans.Select(p => p.AccountId).ToHashSet();
        var adoption = new Adoption(
            keyAccounts.Count, keyAccounts.Count(withPlan.Contains), plans.Count, plans.Count(p => p.Status == PlanStatus.Approved),
            plans.Count(p => !ReviewSchedule.IsStale(p.UpdatedAt, p.ReviewIntervalMonths, p.PeriodStart, p.PeriodEnd, now)),
            due.Count, onTime, scores.Count == 0 ? null : Math.Round((decimal)scores.Average(), 2));

        return new RolloutView(
            year, query.BusinessAreaId, programme.Goals, Read<ExpectedBenefit>(programme.Benefits), programme.Budget, currency,
            [.. Read<Milestone>(programme.Milestones).OrderBy(m => m.Due)], programme.Version, user.IsInRole(Roles.Administrator), adoption);
    }

    public async Task<Result<RolloutView>> UpdateAsync(RolloutProgrammeInput input, int expectedVersion, CurrentUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!user.IsInRole(Roles.Administrator))
        {
            return new Failure.Forbidden();
        }

        if (DeepValidation.Validate(input) is { } invalid)
        {
            return invalid;
        }

        var programme = await db.RolloutProgrammes.FirstOrDefaultAsync(cancellationToken);
        if (programme is null)
        {
            programme = new RolloutProgramme();
            db.RolloutProgrammes.Add(programme);
        }

        if (programme.Version != expectedVersion)
        {
            return new Failure.Stale(programme.Version);
        }

        programme.Goals = string.IsNullOrWhiteSpace(input.Goals) ? null : input.Goals.Trim();
        programme.Benefits = JsonSerializer.Serialize(input.Benefits, SectionJson.Options);
        programme.Budget = input.Budget;
        programme.Milestones = JsonSerializer.Serialize(input.Milestones, SectionJson.Options);
        if (await ConcurrentSave.TrySaveAsync(db, cancellationToken) is { } stale)
        {
            return stale;
        }

        return await GetAsync(new DashboardQuery(), user, cancellationToken);
    }

    private static List<T> Read<T>(string json) => JsonSerializer.Deserialize<List<T>>(json, SectionJson.Options) ?? [];
}
