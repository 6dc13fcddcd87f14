using System.ComponentModel.DataAnnotations;
using Keyplan.Core.Resources;

namespace Keyplan.Core.Accounts;

public sealed class ContactInput
{
    [Required(ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Required))]
    [StringLength(Contact.NameMaxLength, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxLength))]
    public string? FirstName { get; set; }

    [Required(ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Required))]
    [StringLength(Contact.NameMaxLength, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxLength))]
    public string? LastName { get; set; }

    [StringLength(Contact.TitleMaxLength, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxLength))]
    public string? Title { get; set; }

    [StringLength(Contact.DepartmentMaxLength, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxLength))]
    public string? Department { get; set; }

    [StringLength(Contact.EmailMaxLength, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxLength))]
    [EmailAddress(ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Email))]
    public string? Email { get; set; }

    [StringLength(Contact.PhoneMaxLength, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxLength))]
    public string? Phone { get; set; }

    public int? ReportsToId { get; set; }

    [StringLength(Contact.SourceSystemMaxLength, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxLength))]
    public string? SourceSystem { get; set; }

    [StringLength(Contact.SourceRecordIdMaxLength, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxLength))]
    public string? SourceRecordId { get; set; }

    public static ContactInput From(ContactDetails contact) => new()
    {
        FirstName = contact.FirstName,
        LastName = contact.LastName,
        Title = contact.Title,
        Department = contact.Department,
        Email = contact.Email,
        Phone = contact.Phone,
        ReportsToId = contact.ReportsToId,
        SourceSystem = contact.SourceSystem,
        SourceRecordId = contact.SourceRecordId,
    };
}

public sealed record ContactDetails(
    int Id,
    int AccountId,
    string FirstName,
    string LastName,
    string FullName,
    string? Title,
    string? Department,
    string? Email,
    string? Phone,
    int? ReportsToId,
    string? ReportsToName,
    string? SourceSystem,
    string? SourceRecordId,
    int Version);
