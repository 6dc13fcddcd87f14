using System.Security.Cryptography;
using Keyplan.Core.Data;
using Keyplan.Core.Identity;
using Microsoft.EntityFrameworkCore;

namespace Keyplan.Core.Plans.Templates;

/// <summary>The template as the administrator wants it: its name and the sections switched on with their custom fields.</summary>
public sealed class UpdateTemplateRequest
{
    public string? Name { get; set; }
    public List<TemplateSection> Sections { get; set; } = [];
}

/// <summary>
/// Saves a changed copy as a new version, based on the version the administrator read: a save based on an older one is
/// refused (two administrators never overwrite each other). Plans keep the version they were created with.
/// </summary>
public sealed class UpdateTemplateHandler(KeyplanDbContext db, GetTemplateHandler getTemplate, TimeProvider clock)
{
    public async Task<Result<TemplateDetails>> HandleAsync(
        int id, int expectedVersion, UpdateTemplateRequest request, CurrentUser user, CancellationToken cancellationToken)
    {
        if (!user.IsInRole(Roles.Administrator))
        {
            return new Failure.Forbidden();
        }

        var template = await db.PlanTemplates.FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (template is null)
        {
            return new Failure.NotFound();
        }

        if (template.BuiltIn)
        {
            return new Failure.Forbidden();
        }

        if (template.Version != expectedVersion)
        {
            return new Failure.Stale(template.Version);
        }

        var definition = Normalize(request.Sections);
        if (TemplateRules.Validate(request.Name, definition, template.BasedOn) is { } invalid)
        {
            return invalid;
        }

        template.Name = request.Name!.Trim();
        db.Entry(template).State = EntityState.Modified;
        db.PlanTemplateVersions.Add(new PlanTemplateVersion
        {
            TemplateId = template.Id,
            Number = expectedVersion + 1,
            CreatedAt = clock.GetUtcNow(),
            CreatedById = user.Id,
            Definition = definition.ToJson(),
        });

        // The version stamp and the unique (template, number) index both refuse a second save of the same version.
        try
        {
            if (await ConcurrentSave.TrySaveAsync(db, cancellationToken) is { } stale)
            {
                return stale;
            }
        }
        catch (DbUpdateException)
        {
            return new Failure.Stale(expectedVersion + 1);
        }

        return await getTemplate.HandleAsync(id, user, cancellationToken);
    }

    /// <summary>Sections in document order; new fields get an id, missing options become none.</summary>
    internal static TemplateDefinition Normalize(IReadOnlyList<TemplateSection>? sections) => new(
        (sections ?? [])
        .OrderBy(s => Sections.SectionCatalog.Find(s.Key ?? string.Empty)?.Number ?? int.MaxValue)
        .Select(s => new TemplateSection(s.Key ?? string.Empty, (s.CustomFields ?? []).Select(f => f with
        {
            Id = string.IsNullOrWhiteSpace(f.Id) ? NewFieldId() : f.Id.Trim(),
            Label = f.Label?.Trim() ?? string.Empty,
            Options = (f.Options ?? []).Select(o => o?.Trim() ?? string.Empty).ToList(),
        }).ToList()))
        .ToList());

    public static string NewFieldId() => "f" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(5));
}
