using Keyplan.Core.Data;
using Keyplan.Core.Identity;
using Microsoft.EntityFrameworkCore;

namespace Keyplan.Core.Selection;

public sealed class ListCriteriaHandler(KeyplanDbContext db)
{
    /// <summary>Everyone who signs in may read the criteria; they explain the matrix.</summary>
    public async Task<IReadOnlyList<CriterionDetails>> HandleAsync(CancellationToken cancellationToken)
    {
        var criteria = await db.SelectionCriteria.AsNoTracking().OrderBy(c => c.Group).ThenBy(c => c.Id).ToListAsync(cancellationToken);
        return [.. criteria.Select(CriterionDetails.From)];
    }
}

public sealed class CreateCriterionHandler(KeyplanDbContext db)
{
    public async Task<Result<CriterionDetails>> HandleAsync(CriterionInput input, CurrentUser user, CancellationToken cancellationToken)
    {
        if (!user.IsInRole(Roles.Administrator))
        {
            return new Failure.Forbidden();
        }

        if (CriterionRules.Validate(input) is { } invalid)
        {
            return invalid;
        }

        var criterion = new SelectionCriterion { Name = string.Empty };
        CriterionRules.Apply(input, criterion);
        db.SelectionCriteria.Add(criterion);
        await db.SaveChangesAsync(cancellationToken);
        return CriterionDetails.From(criterion);
    }
}

public sealed class UpdateCriterionHandler(KeyplanDbContext db)
{
    public async Task<Result<CriterionDetails>> HandleAsync(
        int id, int expectedVersion, CriterionInput input, CurrentUser user, CancellationToken cancellationToken)
    {
        if (!user.IsInRole(Roles.Administrator))
        {
            return new Failure.Forbidden();
        }

        var criterion = await db.SelectionCriteria.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (criterion is null)
        {
            return new Failure.NotFound();
        }

        if (criterion.Version != expectedVersion)
        {
            return new Failure.Stale(criterion.Version);
        }

        if (CriterionRules.Validate(input) is { } invalid)
        {
            return invalid;
        }

        CriterionRules.Apply(input, criterion);
        if (await ConcurrentSave.TrySaveAsync(db, cancellationToken) is { } stale)
        {
            return stale;
        }

        return CriterionDetails.From(criterion);
    }
}

public sealed class DeleteCriterionHandler(KeyplanDbContext db)
{
    /// <summary>Deletes the criterion with its ratings; the scores of the rated accounts change accordingly.</summary>
    public async Task<Result<Done>> HandleAsync(int id, int? expectedVersion, CurrentUser user, CancellationToken cancellationToken)
    {
        if (!user.IsInRole(Roles.Administrator))
        {
            return new Failure.Forbidden();
        }

        var criterion = await db.SelectionCriteria.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (criterion is null)
        {
            return new Failure.NotFound();
        }

        if (expectedVersion is { } version && version != criterion.Version)
        {
            return new Failure.Stale(criterion.Version);
        }

        db.SelectionCriteria.Remove(criterion);
        if (await ConcurrentSave.TrySaveAsync(db, cancellationToken) is { } stale)
        {
            return stale;
        }

        return new Done();
    }
}
