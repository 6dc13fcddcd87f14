namespace Keyplan.Core.Accounts;

/// <summary>An account's profile as the account page and GET /api/accounts/{id} show it.</summary>
public sealed record AccountDetails(
    int Id,
    string Name,
    string? AccountNumber,
    string? SourceSystem,
    string? SourceRecordId,
    int? ParentAccountId,
    string? ParentAccountName,
    string? Industry,
    string? Country,
    string? City,
    string? Website,
    int? Employees,
    decimal? AnnualRevenue,
    string Currency,
    string? CurrencyOverride,
    int BusinessAreaId,
    string BusinessAreaName,
    string? KeyAccountManagerId,
    string? KeyAccountManagerName,
    bool IsKeyAccount,
    string? Description,
    IReadOnlyList<TeamMemberDetails> Team,
    IReadOnlyList<AccountReference> Subsidiaries,
    int Version,
    bool CanEdit,
    bool CanDelete,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);

public sealed record TeamMemberDetails(string UserId, string DisplayName, TeamRole Role);

public sealed record AccountReference(int Id, string Name);
