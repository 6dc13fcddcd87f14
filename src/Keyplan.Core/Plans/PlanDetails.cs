using Keyplan.Core.Accounts;

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
    PlanTemplateKind Template,
    string Language,
    DateTimeOffset UpdatedAt);

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
    PlanTemplateKind Template,
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
public sealed record PlanSectionDetails(
    string Key, int Number, PlanStep? Step, int Version, DateTimeOffset UpdatedAt, string? UpdatedByName, object Content);
