namespace Keyplan.Core.Audit;

public enum AuditAction
{
    Added,
    Modified,
    Deleted,
}

/// <summary>
/// One recorded change to an account, a plan or their content: who, when, what (old → new). Entries are written by
/// <see cref="Data.KeyplanDbContext"/> in the same transaction as the change and are never changed or deleted.
/// They hold plain ids, not foreign keys, so the trail outlives the things it describes.
/// </summary>
public class AuditEntry
{
    public const int EntityTypeMaxLength = 50;
    public const int EntityIdMaxLength = 100;
    public const int UserNameMaxLength = 200;

    public long Id { get; set; }
    public DateTimeOffset At { get; set; }

    /// <summary>The user who made the change, or null for the system (demo seeding, migrations, the CLI).</summary>
    public string? UserId { get; set; }

    /// <summary>The user's name at the time, kept so that the trail stays readable after the user is removed.</summary>
    public string? UserName { get; set; }
    public required string EntityType { get; set; }
    public required string EntityId { get; set; }
    public int? AccountId { get; set; }
    public int? PlanId { get; set; }
    public AuditAction Action { get; set; }

    /// <summary>The changed fields as a JSON array of <see cref="AuditChange"/>.</summary>
    public required string Changes { get; set; }
}

/// <summary>One field's value before and after, as invariant text; null where there was none.</summary>
public sealed record AuditChange(string Field, string? Old, string? New);
