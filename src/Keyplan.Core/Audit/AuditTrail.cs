using System.Globalization;
using System.Text.Json;
using Keyplan.Core.Accounts;
using Keyplan.Core.Plans;
using Keyplan.Core.Selection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Keyplan.Core.Audit;

/// <summary>
/// Decides what the audit trail records and turns tracked changes into <see cref="AuditEntry"/> rows. The changes are
/// read before the save (old values are gone after it); ids are read after it, when new rows have theirs.
/// </summary>
internal static class AuditTrail
{
    /// <summary>Accounts, plans and everything that hangs off them. Anything with an AccountId or PlanId is placed by it.</summary>
    private static readonly HashSet<Type> Audited =
    [
        typeof(Account), typeof(AccountTeamMember), typeof(Contact), typeof(RevenueRecord),
        typeof(AccountNomination), typeof(AccountRating),
        typeof(Plan), typeof(PlanTeamMember), typeof(PlanSection),
    ];

    /// <summary>Bookkeeping that changes with every save and says nothing a reader needs.</summary>
    private static readonly HashSet<string> Ignored = [nameof(IVersioned.Version), "UpdatedAt", "UpdatedById", "CreatedAt"];

    public static bool IsAudited(Type type) => Audited.Contains(type);

    public static List<PendingAudit> Capture(ChangeTracker changeTracker) =>
        changeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && Audited.Contains(e.Metadata.ClrType))
            .Select(e => new PendingAudit(e, ActionOf(e.State), ChangesOf(e).ToList()))
            .Where(p => p.Action != AuditAction.Modified || p.Changes.Count > 0)
            .ToList();

    public static AuditEntry ToEntry(PendingAudit pending, AuditActor? actor, DateTimeOffset at)
    {
        var entry = pending.Entry;
        var entity = entry.Entity;
        return new AuditEntry
        {
            At = at,
            UserId = actor?.Id,
            UserName = actor?.Name is { } name ? Truncate(name, AuditEntry.UserNameMaxLength) : null,
            EntityType = entry.Metadata.ClrType.Name,
            EntityId = Truncate(string.Join(':', entry.Metadata.FindPrimaryKey()!.Properties.Select(p => Text(entry.Property(p.Name).CurrentValue))), AuditEntry.EntityIdMaxLength),
            AccountId = entity is Account account ? account.Id : IntProperty(entry, nameof(Contact.AccountId)),
            PlanId = entity is Plan plan ? plan.Id : IntProperty(entry, nameof(PlanSection.PlanId)),
            Action = pending.Action,
            Changes = JsonSerializer.Serialize(pending.Changes, AuditJson.Options),
        };
    }

    private static IEnumerable<AuditChange> ChangesOf(EntityEntry entry)
    {
        foreach (var property in entry.Properties)
        {
            var name = property.Metadata.Name;
            // Keys and the owner's id say where the change happened (EntityId, AccountId, PlanId), not what changed;
            // a new row's key is only a placeholder before the save anyway.
            var placement = property.Metadata.IsPrimaryKey() || name is nameof(Contact.AccountId) or nameof(PlanSection.PlanId);
            if (Ignored.Contains(name) || property.Metadata.IsShadowProperty() || placement && entry.State != EntityState.Modified)
            {
                continue;
            }

            var old = entry.State == EntityState.Added ? null : property.OriginalValue;
            var current = entry.State == EntityState.Deleted ? null : property.CurrentValue;
            if (entry.Entity is PlanSection section && name == nameof(PlanSection.Content))
            {
                // A section is one JSON document: record the fields inside it that changed, not the whole text twice.
                foreach (var change in JsonLeaves.Diff(old as string, current as string, section.Key))
                {
                    yield return change;
                }
            }
            else if (entry.State != EntityState.Modified || property.IsModified && !Equals(old, current))
            {
                if (old is not null || current is not null)
                {
                    yield return new AuditChange(name, Text(old), Text(current));
                }
            }
        }
    }

    private static AuditAction ActionOf(EntityState state) => state switch
    {
        EntityState.Added => AuditAction.Added,
        EntityState.Deleted => AuditAction.Deleted,
        _ => AuditAction.Modified,
    };

    private static int? IntProperty(EntityEntry entry, string name) =>
        entry.Metadata.FindProperty(name) is { } property ? entry.Property(property.Name).CurrentValue as int? : null;

    /// <summary>Values as invariant text, so the trail reads the same whatever the culture of the writer; pages format them for the reader.</summary>
    internal static string? Text(object? value) => value switch
    {
        null => null,
        string text => text,
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset instant => instant.ToString("O", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}

/// <summary>A change caught before its save, completed into an <see cref="AuditEntry"/> after it.</summary>
internal sealed record PendingAudit(EntityEntry Entry, AuditAction Action, IReadOnlyList<AuditChange> Changes);

internal static class AuditJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
}
