using System.ComponentModel.DataAnnotations;
using Keyplan.Core.Data;
using Keyplan.Core.Identity;
using Keyplan.Core.Resources;
using Microsoft.EntityFrameworkCore;

namespace Keyplan.Core.Plans.Templates;

public sealed class CopyTemplateRequest
{
    [Required(ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Required))]
    public int? SourceId { get; set; }

    [Required(ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Required))]
    [StringLength(PlanTemplate.NameMaxLength, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxLength))]
    public string? Name { get; set; }
}

/// <summary>An administrator copies a template (built-in or not): the copy starts at version 1 with the source's current sections and fields.</summary>
public sealed class CopyTemplateHandler(KeyplanDbContext db, GetTemplateHandler getTemplate, TimeProvider clock)
{
    public async Task<Result<TemplateDetails>> HandleAsync(CopyTemplateRequest request, CurrentUser user, CancellationToken cancellationToken)
    {
        if (!user.IsInRole(Roles.Administrator))
        {
            return new Failure.Forbidden();
        }

        if (RequestValidation.Validate(request) is { } invalid)
        {
            return invalid;
        }

        var source = await db.PlanTemplates.AsNoTracking().FirstOrDefaultAsync(t => t.Id == request.SourceId, cancellationToken);
        var sourceVersion = source is null ? null : await NewPlans.CurrentVersionAsync(db, source.Id, cancellationToken);
        if (source is null || sourceVersion is null)
        {
            return Failure.Invalid.For(nameof(request.SourceId), ValidationText.UnknownTemplate);
        }

        var copy = new PlanTemplate { Name = request.Name!.Trim(), BasedOn = source.BasedOn };
        copy.Versions.Add(new PlanTemplateVersion
        {
            Number = 1, CreatedAt = clock.GetUtcNow(), CreatedById = user.Id, Definition = sourceVersion.Definition,
        });
        db.PlanTemplates.Add(copy);
        await db.SaveChangesAsync(cancellationToken);
        return await getTemplate.HandleAsync(copy.Id, user, cancellationToken);
    }
}
