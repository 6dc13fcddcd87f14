namespace Keyplan.Core.Accounts;

/// <summary>A person at the customer. Reports-to links make the customer's org chart.</summary>
public class Contact : IAccountChild
{
    public const int NameMaxLength = 100;
    public const int TitleMaxLength = 150;
    public const int DepartmentMaxLength = 100;
    public const int EmailMaxLength = 254;
    public const int PhoneMaxLength = 50;
    public const int SourceSystemMaxLength = Account.SourceSystemMaxLength;
    public const int SourceRecordIdMaxLength = Account.SourceRecordIdMaxLength;

    public int Id { get; set; }
    public int AccountId { get; set; }
    public Account? Account { get; set; }
    public required string FirstName { get; set; }
    public required string LastName { get; set; }
    public string? Title { get; set; }
    public string? Department { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public int? ReportsToId { get; set; }
    public Contact? ReportsTo { get; set; }
    public string? SourceSystem { get; set; }
    public string? SourceRecordId { get; set; }
    public int Version { get; set; }

    public string FullName => $"{FirstName} {LastName}";
}
