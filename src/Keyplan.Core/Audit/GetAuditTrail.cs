using System.Text.Json;
using Keyplan.Core.Accounts;
using Keyplan.Core.Data;
using Keyplan.Core.Identity;
using Keyplan.Core.Plans;
using Microsoft.EntityFrameworkCore;

namespace Keyplan.Core.Audit;

/// <param name="Before">Only entries older than this entry id: the <see cref="AuditTrailPage.NextBefore"/> of the previous page.</param>
/// <param name="Take">How many entries at most (1–200).</param>
public sealed record AuditTrailQuery(long? Before = null, int Take = AuditTrailQuery.DefaultTake)
{
    public const int DefaultTake = 50;
    public const int MaxTake = 200;
}

public sealed record AuditEntryDetails(
    long Id,
    DateTimeOffset At,
    string? UserId,
    string? UserName,
    string EntityType,
    string EntityId,
    int? PlanId,
    AuditAction Action,
    IReadOnlyList<AuditChange> Changes);

/// <param name="NextBefore">Pass as <see cref="AuditTrailQuery.Before"/> for the next, older page; null when there is none.</param>
public sealed record AuditTrailPage(IReadOnlyList<AuditEntryDetails> Entries, long? NextBefore);

/// <summary>
/// The audit trail of an account (its own changes and those of its plans) or of one plan, newest first, for whoever
/// may see that account or plan. The trail is read-only: nothing in Keyplan writes to it except the saves it records.
/// </summary>
public sealed class GetAuditTrailHandler(KeyplanDbContext db)
{
    public async Task<Result<AuditTrailPage>> ForAccountAsync(int accountId, AuditTrailQuery query, CurrentUser user, CancellationToken cancellationToken)
    {
        if (!await db.Accounts.VisibleTo(user).AnyAsync(a => a.Id == accountId, cancellationToken))
        {
            return new Failure.NotFound();
        }

        var plans = db.Plans.Where(p => p.AccountId == accountId).Select(p => (int?)p.Id);
        return await PageAsync(db.AuditEntries.Where(e => e.AccountId == accountId || plans.Contains(e.PlanId)), query, cancellationToken);
    }

    public async Task<Result<AuditTrailPage>> ForPlanAsync(int planId, AuditTrailQuery query, CurrentUser user, CancellationToken cancellationToken)
    {
        if (!await db.Plans.VisibleTo(db, user).AnyAsync(p => p.Id == planId, cancellationToken))
        {
            return new Failure.NotFound();
        }

        return await PageAsync(db.AuditEntries.Where(e => e.PlanId == planId), query, cancellationToken);
    }

    private async Task<Result<AuditTrailPage>> PageAsync(IQueryable<AuditEntry> entries, AuditTrailQuery query, CancellationToken cancellationToken)
    {
        if (query.Take is < 1 or > AuditTrailQuery.MaxTake)
        {
            return Failure.Invalid.For("take", Resources.ValidationText.Format(nameof(Resources.ValidationText.Range), "take", 1, AuditTrailQuery.MaxTake));
        }

        if (query.Before is { } before)
        {
            entries = entries.Where(e => e.Id < before);
        }

        var rows = await entries.AsNoTracking().OrderByDescending(e => e.Id).Take(query.Take + 1).ToListAsync(cancellationToken);
        var page = rows.Take(query.Take).Select(ToDetails).ToList();
        page = await NameReferencesAsync(page, cancellationToken);
        return new AuditTrailPage(page, rows.Count > query.Take ? page[^1].Id : null);
    }

    /// <summary>Shows people, product groups and business areas by name instead of by id.</summary>
    private async Task<List<AuditEntryDetails>> NameReferencesAsync(List<AuditEntryDetails> page, CancellationToken cancellationToken)
    {
        var values = page.SelectMany(e => e.Changes).Where(c => Reference.ContainsKey(c.Field))
            .SelectMany(c => new[] { c.Old, c.New }).OfType<string>().Distinct().ToList();
        if (values.Count == 0)
        {
            return page;
        }

        var numbers = values.Select(v => int.TryParse(v, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : (int?)null).OfType<int>().ToList();
        var names = new Dictionary<(ReferenceKind, string), string>();
        foreach (var user in await db.Users.AsNoTracking().Where(u => values.Contains(u.Id)).Select(u => new { u.Id, u.DisplayName }).ToListAsync(cancellationToken))
        {
            names[(ReferenceKind.User, user.Id)] = user.DisplayName;
        }

        foreach (var group in await db.ProductGroups.AsNoTracking().Where(g => numbers.Contains(g.Id)).Select(g => new { g.Id, g.Name }).ToListAsync(cancellationToken))
        {
            names[(ReferenceKind.ProductGroup, group.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))] = group.Name;
        }

        foreach (var area in await db.BusinessAreas.AsNoTracking().Where(a => numbers.Contains(a.Id)).Select(a => new { a.Id, a.Name }).ToListAsync(cancellationToken))
        {
            names[(ReferenceKind.BusinessArea, area.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))] = area.Name;
        }

        string? Name(string field, string? value) =>
            value is not null && Reference.TryGetValue(field, out var kind) && names.TryGetValue((kind, value), out var name) ? name : value;
        return page.Select(e => e with { Changes = e.Changes.Select(c => c with { Old = Name(c.Field, c.Old), New = Name(c.Field, c.New) }).ToList() }).ToList();
    }

    private enum ReferenceKind
    {
        User,
        ProductGroup,
        BusinessArea,
    }

    private static readonly Dictionary<string, ReferenceKind> Reference = new(StringComparer.Ordinal)
    {
        ["KeyAccountManagerId"] = ReferenceKind.User,
        ["OwnerId"] = ReferenceKind.User,
        ["UserId"] = ReferenceKind.User,
        ["DecidedById"] = ReferenceKind.User,
        ["RatedById"] = ReferenceKind.User,
        ["ProductGroupId"] = ReferenceKind.ProductGroup,
        ["BusinessAreaId"] = ReferenceKind.BusinessArea,
    };

    private static AuditEntryDetails ToDetails(AuditEntry entry) => new(
        entry.Id,
        entry.At,
        entry.UserId,
        entry.UserName,
        entry.EntityType,
        entry.EntityId,
        entry.PlanId,
        entry.Action,
        JsonSerializer.Deserialize<List<AuditChange>>(entry.Changes, AuditJson.Options) ?? []);
}
