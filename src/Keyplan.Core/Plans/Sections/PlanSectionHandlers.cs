using Keyplan.Core.Data;
using Keyplan.Core.Identity;
using Keyplan.Core.Plans.Templates;
using Microsoft.EntityFrameworkCore;

namespace Keyplan.Core.Plans.Sections;

public sealed class GetSectionHandler(KeyplanDbContext db)
{
    public async Task<Result<PlanSectionDetails>> HandleAsync(int planId, string key, CurrentUser user, CancellationToken cancellationToken)
    {
        var definition = SectionCatalog.Find(key);
        if (definition is null)
        {
            return new Failure.NotFound();
        }

        var section = await db.PlanSections.AsNoTracking().Include(s => s.UpdatedBy)
            .Where(s => s.Key == definition.Key && db.Plans.VisibleTo(db, user).Any(p => p.Id == s.PlanId))
            .FirstOrDefaultAsync(s => s.PlanId == planId, cancellationToken);
        if (section is null)
        {
            return new Failure.NotFound();
        }

        var template = await TemplateOfAsync(db, planId, cancellationToken);
        return GetPlanHandler.ToDetails(section, definition, template);
    }

    internal static async Task<TemplateDefinition> TemplateOfAsync(KeyplanDbContext db, int planId, CancellationToken cancellationToken) =>
        TemplateDefinition.FromJson(await db.Plans.Where(p => p.Id == planId).Select(p => p.TemplateVersion!.Definition).FirstAsync(cancellationToken));
}

/// <summary>
/// Replaces a section's content. The save is based on the version the user read; a stale one is refused and changes
/// nothing, so two people editing the same section never overwrite each other. Other sections change only where they
/// linked to something this save removed (<see cref="DanglingLinks"/>).
/// </summary>
public sealed class UpdateSectionHandler(KeyplanDbContext db, GetSectionHandler getSection, TimeProvider clock)
{
    public async Task<Result<PlanSectionDetails>> HandleAsync(
        int planId, string key, int expectedVersion, SectionContent content, CurrentUser user, CancellationToken cancellationToken)
    {
        var definition = SectionCatalog.Find(key);
        var plan = await db.Plans.AsNoTracking().VisibleTo(db, user).Include(p => p.Account)
            .FirstOrDefaultAsync(p => p.Id == planId, cancellationToken);
        var section = definition is null || plan is null
            ? null
            : await db.PlanSections.FirstOrDefaultAsync(s => s.PlanId == planId && s.Key == definition.Key, cancellationToken);
        if (section is null)
        {
            return new Failure.NotFound();
        }

        if (!PlanAccess.CanEdit(user, plan!, plan!.Account!))
        {
            return new Failure.Forbidden();
        }

        if (section.Version != expectedVersion)
        {
            return new Failure.Stale(section.Version);
        }

        if (content.GetType() != definition!.ContentType)
        {
            throw new ArgumentException($"Section {key} holds {definition.ContentType.Name}, not {content.GetType().Name}.", nameof(content));
        }

        var errors = new ErrorCollector();
        errors.Merge(DeepValidation.Validate(content));
        errors.Merge(CustomFieldRules.Validate(content.CustomFields, (await GetSectionHandler.TemplateOfAsync(db, planId, cancellationToken)).FieldsOf(definition.Key)));
        errors.Merge(await Decisions.DecisionGuard.CheckAsync(db, planId, content, cancellationToken));
        if ((errors.ToFailure() ?? await SectionReferences.ValidateAsync(db, plan, content, cancellationToken)) is { } invalid)
        {
            return invalid;
        }

        var now = clock.GetUtcNow();
        section.Content = SectionJson.Serialize(content);
        section.UpdatedAt = now;
        section.UpdatedById = user.Id;
        await DanglingLinks.UnlinkAsync(db, planId, content, user.Id, now, cancellationToken);
        // Editing a returned or approved plan takes it back to draft (an approved one to its next version).
        await Workflow.TransitionPlanHandler.ReopenOnEditAsync(db, planId, user.Id, now, cancellationToken);

        // The plan's "last changed" moves without touching its version, so saves of different sections never collide.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await ConcurrentSave.TrySaveAsync(db, cancellationToken) is { } stale)
        {
            return stale;
        }

        await db.Plans.Where(p => p.Id == planId).ExecuteUpdateAsync(p => p.SetProperty(x => x.UpdatedAt, now), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return await getSection.HandleAsync(planId, definition.Key, user, cancellationToken);
    }
}
