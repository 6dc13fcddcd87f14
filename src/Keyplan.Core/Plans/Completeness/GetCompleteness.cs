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

    public static PlanSnapshot Snapshot(Plan plan) => new(
        plan.Template,
        plan.PeriodStart,
        plan.PeriodEnd,
        plan.ReviewIntervalMonths,
        plan.UpdatedAt,
        plan.Sections
            .Select(s => (Section: s, Definition: SectionCatalog.Find(s.Key)))
            .Where(s => s.Definition is not null)
            .ToDictionary(s => s.Definition!.Key, s => SectionJson.Deserialize(s.Definition!, s.Section.Content)));
}
