namespace Keyplan.Core.Plans.Templates;

/// <param name="Version">The current version's number, which new plans get; also the ETag.</param>
/// <param name="PlanCount">Plans (that the user may see) created with any version of the template.</param>
public sealed record TemplateListItem(int Id, string Name, bool BuiltIn, PlanTemplateKind BasedOn, int Version, int PlanCount);

public sealed record TemplateVersionDetails(int Id, int Number, DateTimeOffset CreatedAt, string? CreatedByName, int PlanCount, TemplateDefinition Definition);

/// <param name="Definition">The current version's sections and custom fields.</param>
/// <param name="Versions">Every version, newest first.</param>
public sealed record TemplateDetails(
    int Id, string Name, bool BuiltIn, PlanTemplateKind BasedOn, int Version, TemplateDefinition Definition, IReadOnlyList<TemplateVersionDetails> Versions);
