using Keyplan.Core.Data;
using Keyplan.Core.Identity;
using Keyplan.Core.Plans.Sections;
using Microsoft.EntityFrameworkCore;

namespace Keyplan.Core.Plans.Completeness;

public sealed class GetCompletenessHandler(KeyplanDbContext db, TimeProvider clock)
{
    public async Task<Result<PlanCompleteness>> HandleAsync(int planId, CurrentUser user, CancellationToken cancellationToken)
    {
        var plan = await db.Plans.AsNoTracking().VisibleTo(db, user).Include(p => p.Sections)
            .FirstOrDefaultAsync(p => p.Id == planId, cancellationToken);
        if (plan is null)
        {
            return new Failure.NotFound();
        }

        return CompletenessCalculator.Calculate(Snapshot(plan), clock.GetUtcNow());
    }

    /// <summary>The completeness of several plans in one query (the home page lists all of a user's plans).</summary>
    public async Task<IReadOnlyDictionary<int, PlanCompleteness>> HandleManyAsync(
        IReadOnlyCollection<int> planIds, CurrentUser user, CancellationToken cancellationToken)
    {
        var plans = await db.Plans.AsNoTracking().VisibleTo(db, user).Include(p => p.Sections)
            .Where(p => planIds.Contains(p.Id))
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        return plans.ToDictionary(p => p.Id, p => CompletenessCalculator.Calculate(Snapshot(p), now));
    }

    public static PlanSnapshot Snapshot(Plan plan) => new(
        plan.PeriodStart,
        plan.PeriodEnd,
        plan.ReviewIntervalMonths,
        plan.UpdatedAt,
        plan.Sections
            .Select(s => (Section: s, Definition: SectionCatalog.Find(s.Key)))
            .Where(s => s.Definition is not null)
            .ToDictionary(s => s.Definition!.Key, s => SectionJson.Deserialize(s.Definition!, s.Section.Content)));
}
