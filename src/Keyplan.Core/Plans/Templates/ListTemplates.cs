using Keyplan.Core.Data;
using Keyplan.Core.Identity;
using Microsoft.EntityFrameworkCore;

namespace Keyplan.Core.Plans.Templates;

/// <summary>Every template (everyone chooses one for a new plan): the built-ins first, then the copies by name.</summary>
public sealed class ListTemplatesHandler(KeyplanDbContext db)
{
    public async Task<IReadOnlyList<TemplateListItem>> HandleAsync(CurrentUser user, CancellationToken cancellationToken)
    {
        var counts = await db.Plans.AsNoTracking().VisibleTo(db, user)
            .GroupBy(p => p.TemplateVersion!.TemplateId)
            .Select(g => new { TemplateId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.TemplateId, g => g.Count, cancellationToken);
        var templates = await db.PlanTemplates.AsNoTracking().ToListAsync(cancellationToken);
        return templates
            .OrderByDescending(t => t.BuiltIn).ThenBy(t => t.BuiltIn ? t.Id.ToString("D9", System.Globalization.CultureInfo.InvariantCulture) : t.Name, StringComparer.CurrentCultureIgnoreCase)
            .Select(t => new TemplateListItem(t.Id, t.Name, t.BuiltIn, t.BasedOn, t.Version, counts.GetValueOrDefault(t.Id)))
            .ToList();
    }
}
