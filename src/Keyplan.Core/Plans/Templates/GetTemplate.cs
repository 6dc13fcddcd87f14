using Keyplan.Core.Data;
using Keyplan.Core.Identity;
using Microsoft.EntityFrameworkCore;

namespace Keyplan.Core.Plans.Templates;

public sealed class GetTemplateHandler(KeyplanDbContext db)
{
    public async Task<Result<TemplateDetails>> HandleAsync(int id, CurrentUser user, CancellationToken cancellationToken)
    {
        var template = await db.PlanTemplates.AsNoTracking()
            .Include(t => t.Versions).ThenInclude(v => v.CreatedBy)
            .FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (template is null)
        {
            return new Failure.NotFound();
        }

        var counts = await db.Plans.AsNoTracking().VisibleTo(db, user)
            .Where(p => p.TemplateVersion!.TemplateId == id)
            .GroupBy(p => p.TemplateVersionId)
            .Select(g => new { VersionId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.VersionId, g => g.Count, cancellationToken);
        var versions = template.Versions.OrderByDescending(v => v.Number)
            .Select(v => new TemplateVersionDetails(v.Id, v.Number, v.CreatedAt, v.CreatedBy?.DisplayName, counts.GetValueOrDefault(v.Id), v.Read()))
            .ToList();
        var current = versions.FirstOrDefault(v => v.Number == template.Version)?.Definition ?? new TemplateDefinition([]);
        return new TemplateDetails(template.Id, template.Name, template.BuiltIn, template.BasedOn, template.Version, current, versions);
    }
}
