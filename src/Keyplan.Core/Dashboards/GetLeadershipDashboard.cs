using System.Text.Json;
using Keyplan.Core.Accounts;
using Keyplan.Core.Budget;
using Keyplan.Core.Data;
using Keyplan.Core.Decisions;
using Keyplan.Core.Identity;
using Keyplan.Core.Organisation;
using Keyplan.Core.Plans;
using Keyplan.Core.Plans.Sections;
using Keyplan.Core.Reviews;
using Microsoft.EntityFrameworkCore;

namespace Keyplan.Core.Dashboards;

/// <summary>
/// What leadership watches (SPEC §3, issue #5): plans by status, reviews due within <see cref="DueWithinDays"/> days and
/// overdue, stale plans, the average quality score (latest score of each plan), objective attainment per plan and per
/// KAM, and the open decision requests. Business Area Managers see their area; Management and administrators all.
/// </summary>
public sealed class GetLeadershipDashboardHandler(KeyplanDbContext db, TimeProvider clock)
{
    public const int DueWithinDays = 30;

    public async Task<Result<LeadershipDashboard>> HandleAsync(DashboardQuery query, CurrentUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (!BudgetAccess.CanSee(user))
        {
            return new Failure.Forbidden();
        }

        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var plans = await DashboardPlans.LoadAsync(db, user, query, today, cancellationToken);
        var ids = plans.Select(p => p.Id).ToList();
        var scores = await db.QualityScores.AsNoTracking().Where(s => ids.Contains(s.PlanId))
            .GroupBy(s => s.PlanId)
            .Select(g => g.OrderByDescending(s => s.ScoredAt).Select(s => (double)s.WeightedScore).First())
            .ToListAsync(cancellationToken);
        var decisions = await db.DecisionSubmissions.AsNoTracking()
            .Where(s => ids.Contains(s.PlanId) && s.Stage != DecisionStage.Decided)
            .OrderBy(s => s.SubmittedAt)
            .Select(s => new OpenDecision(s.Id, s.PlanId, s.Plan!.Account!.Name, s.Title, s.Stage, s.SubmittedAt))
            .ToListAsync(cancellationToken);

        var statuses = plans.Select(p => (Plan: p, Status: ReviewSchedule.Status(p.PeriodStart, p.PeriodEnd, p.ReviewIntervalMonths, p.Reviewed, today))).ToList();
        var attainment = plans.Select(p => Attainment(p)).ToList();
        return new LeadershipDashboard(
            plans.Count > 0 ? plans[0].Year : await DashboardPlans.YearAsync(db, query, today, cancellationToken),
            query.BusinessAreaId,
            plans.Count,
            [.. Enum.GetValues<PlanStatus>().Select(s => new StatusCount(s, plans.Count(p => p.Status == s)))],
            [.. statuses.Where(x => !x.Status.IsOverdue && x.Status.NextDue is { } d && d.DayNumber - today.DayNumber <= DueWithinDays)
                .Select(x => Flag(x.Plan, x.Status.NextDue!.Value)).OrderBy(f => f.Date)],
            [.. statuses.Where(x => x.Status.IsOverdue).Select(x => Flag(x.Plan, x.Status.OverdueSince!.Value)).OrderBy(f => f.Date)],
            [.. plans.Where(p => ReviewSchedule.IsStale(p.UpdatedAt, p.ReviewIntervalMonths, p.PeriodStart, p.PeriodEnd, now))
                .Select(p => Flag(p, DateOnly.FromDateTime(p.UpdatedAt.UtcDateTime))).OrderBy(f => f.Date)],
            scores.Count == 0 ? null : Math.Round((decimal)scores.Average(), 2),
            scores.Count,
            [.. attainment.OrderBy(a => a.Attainment ?? decimal.MaxValue).ThenBy(a => a.AccountName, StringComparer.CurrentCulture)],
            [.. plans.GroupBy(p => (p.OwnerId, p.OwnerName)).Select(g => KamSummary(g.Key.OwnerId, g.Key.OwnerName, [.. g])).OrderBy(k => k.OwnerName, StringComparer.CurrentCulture)],
            decisions);
    }

    private static PlanFlag Flag(DashboardPlan plan, DateOnly date) => new(plan.Id, plan.AccountName, plan.OwnerName, date);

    private static List<decimal?> ObjectiveAttainments(DashboardPlan plan) =>
        [.. plan.Objectives.Where(o => o.Target is not null).Select(o => ObjectiveAttainment.Of(o, plan.Kpis.FirstOrDefault(k => k.ObjectiveId == o.Id)))];

    private static PlanAttainment Attainment(DashboardPlan plan)
    {
        var all = ObjectiveAttainments(plan);
        var measured = all.OfType<decimal>().ToList();
        return new PlanAttainment(plan.Id, plan.AccountName, plan.OwnerName, all.Count, measured.Count, measured.Count == 0 ? null : Math.Round(measured.Average(), 4));
    }

    private static KamAttainmentSummary KamSummary(string ownerId, string ownerName, List<DashboardPlan> plans)
    {
        var all = plans.SelectMany(ObjectiveAttainments).ToList();
        var measured = all.OfType<decimal>().ToList();
        return new KamAttainmentSummary(ownerId, ownerName, plans.Count, all.Count, measured.Count, measured.Count == 0 ? null : Math.Round(measured.Average(), 4));
    }
}

/// <summary>A plan as the dashboards read it.</summary>
internal sealed record DashboardPlan(
    int Id, int Year, int AccountId, string AccountName, int BusinessAreaId, string OwnerId, string OwnerName, PlanStatus Status,
    DateOnly PeriodStart, DateOnly PeriodEnd, int ReviewIntervalMonths, DateTimeOffset UpdatedAt, bool IsKeyAccount,
    IReadOnlyList<DateOnly> Reviewed, IReadOnlyList<Objective> Objectives, IReadOnlyList<Kpi> Kpis);

internal static class DashboardPlans
{
    public static async Task<int> YearAsync(KeyplanDbContext db, DashboardQuery query, DateOnly today, CancellationToken cancellationToken)
    {
        var startMonth = await db.OrganisationSettings.AsNoTracking().Select(s => s.FiscalYearStartMonth).FirstOrDefaultAsync(cancellationToken);
        return query.Year ?? FiscalYears.Of(today, startMonth == 0 ? 1 : startMonth);
    }

    /// <summary>The plans of the accounts the user sees whose period starts in the fiscal year, with their reviews and objectives.</summary>
    public static async Task<List<DashboardPlan>> LoadAsync(KeyplanDbContext db, CurrentUser user, DashboardQuery query, DateOnly today, CancellationToken cancellationToken)
    {
        var startMonth = await db.OrganisationSettings.AsNoTracking().Select(s => s.FiscalYearStartMonth).FirstOrDefaultAsync(cancellationToken);
        startMonth = startMonth == 0 ? 1 : startMonth;
        var year = query.Year ?? FiscalYears.Of(today, startMonth);
        var from = new DateOnly(year, startMonth, 1);
        var to = from.AddYears(1);
        var accounts = db.Accounts.VisibleTo(user).Where(a => query.BusinessAreaId == null || a.BusinessAreaId == query.BusinessAreaId).Select(a => a.Id);
        var rows = await db.Plans.AsNoTracking()
            .Where(p => p.PeriodStart >= from && p.PeriodStart < to && accounts.Contains(p.AccountId))
            .Select(p => new
            {
                p.Id, p.AccountId, AccountName = p.Account!.Name, p.Account.BusinessAreaId, p.Account.IsKeyAccount, p.OwnerId, OwnerName = p.Owner!.DisplayName, p.Status,
                p.PeriodStart, p.PeriodEnd, p.ReviewIntervalMonths, p.UpdatedAt,
                Reviewed = db.PlanReviews.Where(r => r.PlanId == p.Id).Select(r => r.PeriodEnd).ToList(),
                Sections = p.Sections.Where(s => s.Key == SectionKeys.Objectives || s.Key == SectionKeys.Kpis).Select(s => new { s.Key, s.Content }).ToList(),
            })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(p => new DashboardPlan(
            p.Id, year, p.AccountId, p.AccountName, p.BusinessAreaId, p.OwnerId, p.OwnerName, p.Status, p.PeriodStart, p.PeriodEnd, p.ReviewIntervalMonths, p.UpdatedAt,
            p.IsKeyAccount, p.Reviewed,
            Read<ObjectivesSection>(p.Sections.FirstOrDefault(s => s.Key == SectionKeys.Objectives)?.Content)?.Objectives ?? [],
            Read<KpisSection>(p.Sections.FirstOrDefault(s => s.Key == SectionKeys.Kpis)?.Content)?.Kpis ?? []))];
    }

    private static T? Read<T>(string? json) where T : SectionContent => json is null ? null : JsonSerializer.Deserialize<T>(json, SectionJson.Options);
}
