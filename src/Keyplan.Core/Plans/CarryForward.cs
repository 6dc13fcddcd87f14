using Keyplan.Core.Data;
using Keyplan.Core.Identity;
using Keyplan.Core.Plans.Completeness;
using Keyplan.Core.Resources;
using Microsoft.EntityFrameworkCore;

namespace Keyplan.Core.Plans;

/// <summary>
/// Creates the next period's plan from a plan (<see cref="CarryForwardRules"/> decides what moves): the next fiscal
/// year, or for a date range the range of the same length that follows.
/// </summary>
public sealed class CarryForwardHandler(KeyplanDbContext db, GetPlanHandler getPlan, TimeProvider clock)
{
    public async Task<Result<PlanDetails>> HandleAsync(int planId, CurrentUser user, CancellationToken cancellationToken)
    {
        var previous = await db.Plans.AsNoTracking().VisibleTo(db, user)
            .Include(p => p.Account).Include(p => p.Team).Include(p => p.Sections)
            .FirstOrDefaultAsync(p => p.Id == planId, cancellationToken);
        if (previous is null)
        {
            return new Failure.NotFound();
        }

        if (!PlanAccess.CanEdit(user, previous, previous.Account!))
        {
            return new Failure.Forbidden();
        }

        var (start, end, fiscalYear) = NextPeriod(previous.PeriodStart, previous.PeriodEnd, previous.FiscalYear);
        if (await NewPlans.PeriodTakenAsync(db, previous.AccountId, start, end, cancellationToken))
        {
            return Failure.Invalid.For(nameof(Plan.PeriodStart), ValidationText.PlanPeriodTaken);
        }

        // The next period follows the template as it is now, not the version the previous plan was made with.
        var templateId = await db.PlanTemplateVersions.Where(v => v.Id == previous.TemplateVersionId).Select(v => v.TemplateId)
            .FirstAsync(cancellationToken);
        var templateVersion = await NewPlans.CurrentVersionAsync(db, templateId, cancellationToken);
        var now = clock.GetUtcNow();
        var carried = CarryForwardRules.Carry(GetCompletenessHandler.Snapshot(previous).Sections, start);
        var plan = new Plan
        {
            AccountId = previous.AccountId,
            PeriodStart = start,
            PeriodEnd = end,
            FiscalYear = fiscalYear,
            OwnerId = previous.OwnerId,
            Language = previous.Language,
            ReviewIntervalMonths = previous.ReviewIntervalMonths,
            CreatedAt = now,
            UpdatedAt = now,
            Team = [.. previous.Team.Select(t => new PlanTeamMember { UserId = t.UserId, Role = t.Role })],
        };
        NewPlans.AddSections(plan, templateVersion!, definition => carried.TryGetValue(definition.Key, out var content) ? content : definition.CreateEmpty(), now);
        db.Plans.Add(plan);
        await db.SaveChangesAsync(cancellationToken);
        return await getPlan.HandleAsync(plan.Id, user, cancellationToken);
    }

    /// <summary>The next fiscal year, or for a date range the range of the same length that follows.</summary>
    public static (DateOnly Start, DateOnly End, int? FiscalYear) NextPeriod(DateOnly periodStart, DateOnly periodEnd, int? fiscalYear)
    {
        var start = periodEnd.AddDays(1);
        if (fiscalYear is { } year)
        {
            return (start, start.AddYears(1).AddDays(-1), year + 1);
        }

        var length = periodEnd.DayNumber - periodStart.DayNumber;
        return (start, start.AddDays(length), null);
    }
}
