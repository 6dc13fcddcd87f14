using Keyplan.Core.Identity;

namespace Keyplan.Core.Plans.Templates;

/// <summary>
/// A plan template: which sections a plan has and which custom fields each section carries. The built-in full and light
/// templates (SPEC §2) exist in every database and cannot be changed; administrators copy one and change the copy.
/// </summary>
public class PlanTemplate : IVersioned
{
    public const int NameMaxLength = 100;

    public int Id { get; set; }
    public required string Name { get; set; }

    /// <summary>The built-in template this one is (<see cref="BuiltIn"/>) or was first copied from.</summary>
    public PlanTemplateKind BasedOn { get; set; }
    public bool BuiltIn { get; set; }

    /// <summary>The number of the current <see cref="PlanTemplateVersion"/>; also the template's ETag.</summary>
    public int Version { get; set; }

    public List<PlanTemplateVersion> Versions { get; set; } = [];
}

/// <summary>
/// One saved state of a template. Versions never change: a plan points at the version it was created with, so a later
/// change of the template does not change existing plans' sections or fields.
/// </summary>
public class PlanTemplateVersion
{
    public int Id { get; set; }
    public int TemplateId { get; set; }
    public PlanTemplate? Template { get; set; }
    public int Number { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string? CreatedById { get; set; }
    public User? CreatedBy { get; set; }

    /// <summary>The <see cref="TemplateDefinition"/> as JSON.</summary>
    public required string Definition { get; set; }

    public TemplateDefinition Read() => TemplateDefinition.FromJson(Definition);
}
