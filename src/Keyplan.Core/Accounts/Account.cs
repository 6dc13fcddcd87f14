using Keyplan.Core.Identity;
using Keyplan.Core.Organisation;

namespace Keyplan.Core.Accounts;

/// <summary>A customer company, as imported from the CRM or created in Keyplan.</summary>
public class Account : IVersioned
{
    public const int NameMaxLength = 200;
    public const int AccountNumberMaxLength = 50;
    public const int SourceSystemMaxLength = 50;
    public const int SourceRecordIdMaxLength = 100;
    public const int IndustryMaxLength = 100;
    public const int CountryMaxLength = 2;
    public const int CityMaxLength = 100;
    public const int WebsiteMaxLength = 300;
    public const int CurrencyMaxLength = 3;
    public const int DescriptionMaxLength = 4000;

    public int Id { get; set; }
    public required string Name { get; set; }
    public string? AccountNumber { get; set; }
    public string? SourceSystem { get; set; }
    public string? SourceRecordId { get; set; }
    public int? ParentAccountId { get; set; }
    public Account? ParentAccount { get; set; }
    public string? Industry { get; set; }

    /// <summary>ISO 3166-1 alpha-2 code, e.g. DE, NL, GB.</summary>
    public string? Country { get; set; }
    public string? City { get; set; }
    public string? Website { get; set; }
    public int? Employees { get; set; }
    public decimal? AnnualRevenue { get; set; }

    /// <summary>ISO 4217 code; null means the organisation's currency.</summary>
    public string? Currency { get; set; }
    public int BusinessAreaId { get; set; }
    public BusinessArea? BusinessArea { get; set; }
    public string? KeyAccountManagerId { get; set; }
    public User? KeyAccountManager { get; set; }
    public bool IsKeyAccount { get; set; }
    public string? Description { get; set; }
    public int Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public List<AccountTeamMember> Team { get; set; } = [];
    public List<Contact> Contacts { get; set; } = [];
    public List<RevenueRecord> Revenue { get; set; } = [];
}
