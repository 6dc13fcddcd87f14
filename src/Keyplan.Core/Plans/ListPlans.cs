using Keyplan.Core.Data;
using Keyplan.Core.Identity;
using Microsoft.EntityFrameworkCore;

namespace Keyplan.Core.Plans;

public sealed record ListPlansQuery(int? AccountId = null, string? OwnerId = null, int? FiscalYear = null, PlanStatus? Status = null);

public sealed class ListPlansHandler(KeyplanDbContext db)
{
    public async Task<IReadOnlyList<PlanListItem>> HandleAsync(ListPlansQuery query, CurrentUser user, CancellationToken cancellationToken)
    {
        var plans = db.Plans.AsNoTracking().VisibleTo(db, user);
        if (query.AccountId is { } accountId)
        {
            plans = plans.Where(p => p.AccountId == accountId);
        }

        if (!string.IsNullOrEmpty(query.OwnerId))
        {
            plans = plans.Where(p => p.OwnerId == query.OwnerId);
        }

        if (query.FiscalYear is { } year)
        {
            plans = plans.Where(p => p.FiscalYear == year);
        }

        if (query.Status is { } status)
        {
            plans = plans.Where(p => p.Status == status);
        }

        return await plans
            .OrderBy(p => p.Account!.Name).ThenByDescending(p => p.PeriodStart)
            .Select(p => new PlanListItem(
                p.Id, p.AccountId, p.Account!.Name, p.PeriodStart, p.PeriodEnd, p.FiscalYear, p.OwnerId, p.Owner!.DisplayName,
                p.Status,
                new PlanTemplateRef(p.TemplateVersion!.TemplateId, p.TemplateVersion.Template!.Name, p.TemplateVersion.Template.BuiltIn,
                    p.TemplateVersion.Template.BasedOn, p.TemplateVersion.Number),
                p.Language, p.UpdatedAt))
            .ToListAsync(cancellationToken);
    }
}
