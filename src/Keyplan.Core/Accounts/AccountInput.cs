using System.ComponentModel.DataAnnotations;
using Keyplan.Core.Resources;

namespace Keyplan.Core.Accounts;

/// <summary>What a user enters to create or change an account; bound by the edit form and the API alike.</summary>
public sealed class AccountInput
{
    [Required(ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Required))]
    [StringLength(Account.NameMaxLength, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxLength))]
    public string? Name { get; set; }

    [StringLength(Account.AccountNumberMaxLength, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxLength))]
    public string? AccountNumber { get; set; }

    [StringLength(Account.SourceSystemMaxLength, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxLength))]
    public string? SourceSystem { get; set; }

    [StringLength(Account.SourceRecordIdMaxLength, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxLength))]
    public string? SourceRecordId { get; set; }

    public int? ParentAccountId { get; set; }

    [StringLength(Account.IndustryMaxLength, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxLength))]
    public string? Industry { get; set; }

    [RegularExpression("^[A-Za-z]{2}$", ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.CountryCode))]
    public string? Country { get; set; }

    [StringLength(Account.CityMaxLength, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxLength))]
    public string? City { get; set; }

    [StringLength(Account.WebsiteMaxLength, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxLength))]
    [RegularExpression(@"^https?://[^\s/$.?#][^\s]*$", ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Url))]
    public string? Website { get; set; }

    [Range(0, 10_000_000, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Range))]
    public int? Employees { get; set; }

    [Range(typeof(decimal), "0", "1000000000000000", ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Range))]
    public decimal? AnnualRevenue { get; set; }

    [RegularExpression("^[A-Za-z]{3}$", ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.CurrencyCode))]
    public string? Currency { get; set; }

    [Required(ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Required))]
    public int? BusinessAreaId { get; set; }

    public string? KeyAccountManagerId { get; set; }

    public bool IsKeyAccount { get; set; }

    [StringLength(Account.DescriptionMaxLength, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxLength))]
    public string? Description { get; set; }

    public List<TeamMemberInput> Team { get; set; } = [];

    public static AccountInput From(AccountDetails account) => new()
    {
        Name = account.Name,
        AccountNumber = account.AccountNumber,
        SourceSystem = account.SourceSystem,
        SourceRecordId = account.SourceRecordId,
        ParentAccountId = account.ParentAccountId,
        Industry = account.Industry,
        Country = account.Country,
        City = account.City,
        Website = account.Website,
        Employees = account.Employees,
        AnnualRevenue = account.AnnualRevenue,
        Currency = account.CurrencyOverride,
        BusinessAreaId = account.BusinessAreaId,
        KeyAccountManagerId = account.KeyAccountManagerId,
        IsKeyAccount = account.IsKeyAccount,
        Description = account.Description,
        Team = account.Team.Select(t => new TeamMemberInput { UserId = t.UserId, Role = t.Role }).ToList(),
    };
}

public sealed class TeamMemberInput
{
    [Required(ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Required))]
    public string? UserId { get; set; }

    public TeamRole Role { get; set; } = TeamRole.SalesSupport;
}
