using Keyplan.Core.Organisation;
using Microsoft.AspNetCore.Identity;

namespace Keyplan.Core.Identity;

/// <summary>A person who signs in to Keyplan.</summary>
public class User : IdentityUser
{
    public const int DisplayNameMaxLength = 100;
    public const int CultureMaxLength = 10;

    public required string DisplayName { get; set; }
    public int? BusinessAreaId { get; set; }
    public BusinessArea? BusinessArea { get; set; }

    /// <summary>The UI language the user chose (en, de, nl); null means the browser decides.</summary>
    public string? Culture { get; set; }
}
