namespace Keyplan.Core.Identity;

/// <summary>
/// A long-lived token for integrations. Only a SHA-256 hash of the secret is stored; the secret is shown once.
/// </summary>
public class PersonalAccessToken
{
    public const int NameMaxLength = 100;
    public const string SecretPrefix = "kp_";

    public int Id { get; set; }
    public required string UserId { get; set; }
    public User? User { get; set; }
    public required string Name { get; set; }
    public required string TokenHash { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ExpiresAt { get; set; }
    public DateTimeOffset? LastUsedAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }

    public bool IsActive(DateTimeOffset now) => RevokedAt is null && (ExpiresAt is null || ExpiresAt > now);
}
