using Keyplan.Core.Accounts;
using Keyplan.Core.Data;
using Keyplan.Core.Identity;
using Keyplan.Core.Plans.Sections;
using Keyplan.Core.Plans.Templates;
using Microsoft.EntityFrameworkCore;

namespace Keyplan.Core.Plans;

public sealed class GetPlanHandler(KeyplanDbContext db)
{
    public async Task<Result<PlanDetails>> HandleAsync(int id, CurrentUser user, CancellationToken cancellationToken)
    {
        var plan = await db.Plans.AsNoTracking().VisibleTo(db, user)
            .Include(p => p.Account)
            .Include(p => p.Owner)
            .Include(p => p.Team).ThenInclude(t => t.User)
            .Include(p => p.Sections).ThenInclude(s => s.UpdatedBy)
            .Include(p => p.TemplateVersion).ThenInclude(v => v!.Template)
            .AsSplitQuery()
            .FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (plan is null)
        {
            return new Failure.NotFound();
        }

        return ToDetails(plan, user);
    }

    internal static PlanDetails ToDetails(Plan plan, CurrentUser user)
    {
        var template = plan.TemplateVersion!.Read();
        return new(
            plan.Id,
            plan.AccountId,
            plan.Account!.Name,
            plan.PeriodStart,
            plan.PeriodEnd,
            plan.FiscalYear,
            plan.OwnerId,
            plan.Owner!.DisplayName,
            plan.Status,
            TemplateRef(plan.TemplateVersion),
            plan.Language,
            plan.ReviewIntervalMonths,
            plan.Team.OrderBy(t => t.User!.DisplayName).Select(t => new TeamMemberDetails(t.UserId, t.User!.DisplayName, t.Role)).ToList(),
            plan.Sections
                .Select(s => (Section: s, Definition: SectionCatalog.Find(s.Key)))
                .Where(s => s.Definition is not null)
                .OrderBy(s => s.Definition!.Number)
                .Select(s => ToDetails(s.Section, s.Definition!, template))
                .ToList(),
            plan.Version,
            PlanAccess.CanEdit(user, plan, plan.Account),
            plan.CreatedAt,
            plan.UpdatedAt);
    }

    internal static PlanTemplateRef TemplateRef(PlanTemplateVersion version) =>
        new(version.TemplateId, version.Template!.Name, version.Template.BuiltIn, version.Template.BasedOn, version.Number);

    internal static PlanSectionDetails ToDetails(PlanSection section, SectionDefinition definition, TemplateDefinition template) => new(
        section.Key,
        definition.Number,
        definition.Step,
        section.Version,
        section.UpdatedAt,
        section.UpdatedBy?.DisplayName,
        SectionJson.Deserialize(definition, section.Content),
        template.FieldsOf(definition.Key));
}
