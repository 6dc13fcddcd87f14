using System.Globalization;
using Keyplan.Core.Data;
using Keyplan.Core.Identity;
using Keyplan.Core.Plans;
using Microsoft.EntityFrameworkCore;

namespace Keyplan.Core.Workflow;

/// <param name="From">The older side: a version number, or "current" for the plan as it is now.</param>
public sealed record VersionComparison(int PlanId, string From, string To, IReadOnlyList<SectionChanges> Sections);

/// <summary>Compares two versions of a plan; "current" stands for the plan as it is now (the draft being worked on).</summary>
public sealed class CompareVersionsHandler(KeyplanDbContext db)
{
    public const string Current = "current";

    public async Task<Result<VersionComparison>> HandleAsync(int planId, string from, string to, CurrentUser user, CancellationToken cancellationToken)
    {
        if (!await db.Plans.VisibleTo(db, user).AnyAsync(p => p.Id == planId, cancellationToken))
        {
            return new Failure.NotFound();
        }

        var before = await SnapshotAsync(planId, from, cancellationToken);
        var after = await SnapshotAsync(planId, to, cancellationToken);
        if (before is null || after is null)
        {
            return new Failure.NotFound();
        }

        return new VersionComparison(planId, Normalize(from), Normalize(to), VersionDiff.Compare(before, after));
    }

    private static string Normalize(string version) =>
        string.Equals(version, Current, StringComparison.OrdinalIgnoreCase) ? Current : version;

    private async Task<string?> SnapshotAsync(int planId, string version, CancellationToken cancellationToken)
    {
        if (string.Equals(version, Current, StringComparison.OrdinalIgnoreCase))
        {
            var plan = await db.Plans.AsNoTracking()
                .Include(p => p.Account).Include(p => p.Owner).Include(p => p.Team).ThenInclude(t => t.User).Include(p => p.Sections)
                .AsSplitQuery()
                .FirstAsync(p => p.Id == planId, cancellationToken);
            return VersionSnapshot.Take(plan);
        }

        if (!int.TryParse(version, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return null;
        }

        return await db.PlanVersions.AsNoTracking().Where(v => v.PlanId == planId && v.Number == number)
            .Select(v => v.Snapshot).FirstOrDefaultAsync(cancellationToken);
    }
}
