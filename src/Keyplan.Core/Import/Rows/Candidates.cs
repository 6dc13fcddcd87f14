namespace Keyplan.Core.Import.Rows;

/// <summary>An account as a row of the file describes it, before it is matched against Keyplan's accounts.</summary>
public sealed record AccountCandidate(
    long RowNumber,
    string? RecordId,
    string Name,
    string? AccountNumber,
    string? ParentRecordId,
    string? Industry,
    string? Country,
    string? City,
    string? Website,
    int? Employees,
    decimal? AnnualRevenue,
    string? Currency,
    bool? IsKeyAccount,
    string? BusinessArea,
    string? Description);

public sealed record ContactCandidate(
    long RowNumber,
    string? RecordId,
    string AccountRecordId,
    string FirstName,
    string LastName,
    string? Title,
    string? Department,
    string? Email,
    string? Phone,
    string? ReportsToRecordId);

/// <summary>Revenue of one customer number, year (and quarter, for quarterly exports) and product group.</summary>
public sealed record RevenueCandidate(
    long RowNumber,
    string AccountNumber,
    int Year,
    int? Quarter,
    string ProductGroup,
    decimal Revenue,
    decimal? ContributionMargin,
    string? BusinessArea);
