using System.ComponentModel.DataAnnotations;
using Keyplan.Core.Accounts;
using Keyplan.Core.Data;
using Keyplan.Core.Identity;
using Keyplan.Core.Resources;
using Microsoft.EntityFrameworkCore;

namespace Keyplan.Core.Selection;

public sealed class RatingInput
{
    [Required(ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Required))]
    public int? CriterionId { get; set; }

    [Required(ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Required))]
    [Range(SelectionCriterion.MinRating, SelectionCriterion.MaxRating, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Range))]
    public int? Value { get; set; }
}

public sealed class RateAccountInput
{
    public List<RatingInput> Ratings { get; set; } = [];
}

public sealed class RateAccountHandler(KeyplanDbContext db, GetAccountRatingsHandler getRatings, TimeProvider clock)
{
    /// <summary>Adds one rating row per criterion given; earlier ratings stay as history.</summary>
    public async Task<Result<AccountRatingsDetails>> HandleAsync(
        int accountId, RateAccountInput input, CurrentUser user, CancellationToken cancellationToken)
    {
        var account = await db.Accounts.VisibleTo(user).AsNoTracking().FirstOrDefaultAsync(a => a.Id == accountId, cancellationToken);
        if (account is null)
        {
            return new Failure.NotFound();
        }

        if (!SelectionAccess.CanRate(user, account))
        {
            return new Failure.Forbidden();
        }

        var criterionIds = await db.SelectionCriteria.Select(c => c.Id).ToListAsync(cancellationToken);
        if (Validate(input, criterionIds) is { } invalid)
        {
            return invalid;
        }

        var now = clock.GetUtcNow();
        db.AccountRatings.AddRange(input.Ratings.Select(r => new AccountRating
        {
            AccountId = accountId, CriterionId = r.CriterionId!.Value, Value = r.Value!.Value, RatedById = user.Id, RatedAt = now,
        }));
        await db.SaveChangesAsync(cancellationToken);
        return await getRatings.HandleAsync(accountId, user, cancellationToken);
    }

    private static Failure.Invalid? Validate(RateAccountInput input, List<int> criterionIds)
    {
        var errors = new ErrorCollector();
        if (input.Ratings.Count == 0)
        {
            errors.Add(nameof(input.Ratings), ValidationText.Required);
        }

        errors.Merge(DeepValidation.Validate(input));
        for (var i = 0; i < input.Ratings.Count; i++)
        {
            var rating = input.Ratings[i];
            if (rating.CriterionId is { } id && !criterionIds.Contains(id))
            {
                errors.AddPath($"ratings[{i}].criterionId", ValidationText.UnknownItem);
            }
            else if (input.Ratings.Take(i).Any(r => r.CriterionId == rating.CriterionId))
            {
                errors.AddPath($"ratings[{i}].criterionId", ValidationText.DuplicateEntry);
            }
        }

        return errors.ToFailure();
    }
}
