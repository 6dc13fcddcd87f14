using Keyplan.Core.Accounts;
using Keyplan.Core.Plans.Templates;

namespace Keyplan.Core.Plans;

public sealed record PlanListItem(
    int Id,
    int AccountId,
    string AccountName,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    int? FiscalYear,
    string OwnerId,
    string OwnerName,
    PlanStatus Status,
    PlanTemplateRef Template,
    string Language,
    DateTimeOffset UpdatedAt);

/// <summary>The template a plan was created with and the version of it the plan keeps.</summary>
/// <param name="BasedOn">The built-in template this one is or was copied from.</param>
public sealed record PlanTemplateRef(int Id, string Name, bool BuiltIn, PlanTemplateKind BasedOn, int Version);

/// <summary>The whole plan: header, team and every section of its template.</summary>
public sealed record PlanDetails(
    int Id,
    int AccountId,
    string AccountName,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    int? FiscalYear,
    string OwnerId,
    string OwnerName,
    PlanStatus Status,
    PlanTemplateRef Template,
    string Language,
    int ReviewIntervalMonths,
    IReadOnlyList<TeamMemberDetails> Team,
    IReadOnlyList<PlanSectionDetails> Sections,
    int Version,
    bool CanEdit,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    /// <summary>Changes whenever the header or any section changes: section versions only ever go up.</summary>
    public string ETagValue() => $"{Version}.{Sections.Sum(s => s.Version)}";
}

/// <param name="Content">The section's content record (typed as object so that JSON shows all of its fields).</param>
/// <param name="CustomFieldDefinitions">The custom fields the plan's template version adds to the section; their values are in the content's customFields.</param>
public sealed record PlanSectionDetails(
    string Key, int Number, PlanStep? Step, int Version, DateTimeOffset UpdatedAt, string? UpdatedByName, object Content,
    IReadOnlyList<CustomFieldDefinition> CustomFieldDefinitions);
