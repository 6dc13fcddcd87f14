using Keyplan.Core.Data;
using Keyplan.Core.Plans.Sections;
using Keyplan.Core.Plans.Templates;
using Microsoft.EntityFrameworkCore;

namespace Keyplan.Core.Plans;

/// <summary>What creating a plan and carrying one forward have in common.</summary>
internal static class NewPlans
{
    /// <summary>One plan per account and period: true when an existing plan of the account overlaps the period.</summary>
    public static Task<bool> PeriodTakenAsync(KeyplanDbContext db, int accountId, DateOnly start, DateOnly end, CancellationToken cancellationToken) =>
        db.Plans.AnyAsync(p => p.AccountId == accountId && p.PeriodStart <= end && p.PeriodEnd >= start, cancellationToken);

    /// <summary>
    /// Gives the plan the template version and one section per section the version switches on, with the content
    /// <paramref name="contentFor"/> gives; custom field values the version does not define are dropped.
    /// </summary>
    public static void AddSections(Plan plan, PlanTemplateVersion version, Func<SectionDefinition, SectionContent> contentFor, DateTimeOffset now)
    {
        var template = version.Read();
        plan.TemplateVersionId = version.Id;
        plan.Sections.AddRange(template.SectionsOn().Select(s =>
        {
            var content = contentFor(s);
            content = content with { CustomFields = CustomFieldRules.Keep(content.CustomFields, template.FieldsOf(s.Key)) };
            return new PlanSection { Key = s.Key, Content = SectionJson.Serialize(content), UpdatedAt = now };
        }));
    }

    /// <summary>The version plans are created with: the template's current one.</summary>
    public static Task<PlanTemplateVersion?> CurrentVersionAsync(KeyplanDbContext db, int templateId, CancellationToken cancellationToken) =>
        db.PlanTemplateVersions.AsNoTracking()
            .Where(v => v.TemplateId == templateId && v.Number == v.Template!.Version)
            .FirstOrDefaultAsync(cancellationToken);
}
