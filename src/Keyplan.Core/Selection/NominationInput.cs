using System.ComponentModel.DataAnnotations;
using Keyplan.Core.Accounts;
using Keyplan.Core.Resources;

namespace Keyplan.Core.Selection;

public sealed class NominateInput
{
    [Required(ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Required))]
    public NominationReason? Reason { get; set; }

    [MaxLength(AccountNomination.CommentMaxLength, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxLength))]
    public string? Comment { get; set; }

    [Required(ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Required))]
    public string? KeyAccountManagerId { get; set; }

    /// <summary>The account team; null leaves the current team as it is.</summary>
    public List<TeamMemberInput>? Team { get; set; }
}

public sealed class RevokeInput
{
    [Required(ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Required))]
    [MaxLength(AccountNomination.CommentMaxLength, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxLength))]
    public string? Comment { get; set; }
}

public sealed record NominationEntry(
    int Id, bool Nominated, NominationReason? Reason, string? Comment, string? KeyAccountManagerName, string? DecidedBy, DateTimeOffset DecidedAt);

/// <param name="Version">The account's version: the ETag a nomination or revocation must send as If-Match.</param>
/// <param name="History">Every nomination and revocation, newest first.</param>
public sealed record NominationsDetails(
    int AccountId, string AccountName, bool IsKeyAccount, string? KeyAccountManagerId, string? KeyAccountManagerName, int Version,
    bool CanNominate, IReadOnlyList<NominationEntry> History);
