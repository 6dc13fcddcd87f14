using Keyplan.Core.Data;
using Keyplan.Core.Plans.Sections;
using Microsoft.EntityFrameworkCore;

namespace Keyplan.Core.Plans;

/// <summary>What creating a plan and carrying one forward have in common.</summary>
internal static class NewPlans
{
    /// <summary>One plan per account and period: true when an existing plan of the account overlaps the period.</summary>
    public static Task<bool> PeriodTakenAsync(KeyplanDbContext db, int accountId, DateOnly start, DateOnly end, CancellationToken cancellationToken) =>
        db.Plans.AnyAsync(p => p.AccountId == accountId && p.PeriodStart <= end && p.PeriodEnd >= start, cancellationToken);

    /// <summary>Adds one section per section of the plan's template, with the content <paramref name="contentFor"/> gives.</summary>
    public static void AddSections(Plan plan, Func<SectionDefinition, SectionContent> contentFor, DateTimeOffset now) =>
        plan.Sections.AddRange(SectionCatalog.All
            .Where(s => plan.Template == PlanTemplateKind.Full || s.InLightTemplate)
            .Select(s => new PlanSection { Key = s.Key, Content = SectionJson.Serialize(contentFor(s)), UpdatedAt = now }));
}
