using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using Keyplan.Core.Data;
using Keyplan.Core.Identity;
using Keyplan.Core.Plans;
using Keyplan.Core.Resources;
using Microsoft.EntityFrameworkCore;

namespace Keyplan.Core.Workflow;

public sealed record CriterionRating
{
    [Required(ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Required))]
    public string? Criterion { get; init; }

    [Range(QualityCriterion.MinScore, QualityCriterion.MaxScore, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Range))]
    public int Score { get; init; }

    [StringLength(PlanTransition.CommentMaxLength, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxLength))]
    public string? Comment { get; init; }

    /// <summary>The weight the criterion had when scored (filled in by the handler).</summary>
    public int Weight { get; init; }
}

public sealed record ScorePlanRequest
{
    public IReadOnlyList<CriterionRating> Ratings { get; init => field = value ?? []; } = [];
}

public sealed record QualityScoreDetails(
    int Id, int VersionNumber, string? ScoredByName, DateTimeOffset ScoredAt, decimal WeightedScore, IReadOnlyList<CriterionRating> Ratings);

public sealed record QualityCriterionDetails(string Key, int Weight);

/// <summary>The rubric's criteria with their current weights, in order.</summary>
public sealed class QualityCriteriaHandler(KeyplanDbContext db)
{
    public async Task<IReadOnlyList<QualityCriterionDetails>> ListAsync(CancellationToken cancellationToken) =>
        await db.QualityCriteria.AsNoTracking().OrderBy(c => c.SortOrder)
            .Select(c => new QualityCriterionDetails(c.Key, c.Weight)).ToListAsync(cancellationToken);

    /// <summary>Administrators set the weights (0 leaves a criterion out of the weighted score).</summary>
    public async Task<Result<IReadOnlyList<QualityCriterionDetails>>> UpdateAsync(
        IReadOnlyList<QualityCriterionDetails> weights, CurrentUser user, CancellationToken cancellationToken)
    {
        if (!user.IsInRole(Roles.Administrator))
        {
            return new Failure.Forbidden();
        }

        var criteria = await db.QualityCriteria.ToListAsync(cancellationToken);
        var errors = new ErrorCollector();
        for (var i = 0; i < weights.Count; i++)
        {
            if (!criteria.Any(c => c.Key == weights[i].Key))
            {
                errors.AddPath($"[{i}].key", ValidationText.UnknownItem);
            }
            else if (weights[i].Weight is < QualityCriterion.MinWeight or > QualityCriterion.MaxWeight)
            {
                errors.AddPath($"[{i}].weight", ValidationText.Range);
            }
        }

        if (errors.ToFailure() is { } invalid)
        {
            return invalid;
        }

        foreach (var weight in weights)
        {
            criteria.Single(c => c.Key == weight.Key).Weight = weight.Weight;
        }

        // A rubric where nothing counts would score every plan 0.
        if (criteria.Sum(c => c.Weight) == 0)
        {
            return Failure.Invalid.For("weight", ValidationText.Range);
        }

        await db.SaveChangesAsync(cancellationToken);
        return Result<IReadOnlyList<QualityCriterionDetails>>.Ok(await ListAsync(cancellationToken));
    }
}

/// <summary>
/// A reviewer (<see cref="WorkflowRules.MayReview"/>) scores a submitted plan against the rubric; the weighted score is
/// kept for the version under review. Scoring the same version again replaces the earlier score.
/// </summary>
public sealed class QualityScoresHandler(KeyplanDbContext db, TimeProvider clock)
{
    public async Task<Result<IReadOnlyList<QualityScoreDetails>>> ListAsync(int planId, CurrentUser user, CancellationToken cancellationToken)
    {
        if (!await db.Plans.VisibleTo(db, user).AnyAsync(p => p.Id == planId, cancellationToken))
        {
            return new Failure.NotFound();
        }

        var scores = await db.QualityScores.AsNoTracking().Where(s => s.PlanId == planId)
            .Select(s => new { s.Id, s.VersionNumber, ScoredBy = s.ScoredBy!.DisplayName, s.ScoredAt, s.WeightedScore, s.Ratings })
            .ToListAsync(cancellationToken);
        return scores.OrderByDescending(s => s.VersionNumber).ThenByDescending(s => s.ScoredAt)
            .Select(s => new QualityScoreDetails(s.Id, s.VersionNumber, s.ScoredBy, s.ScoredAt, s.WeightedScore, ReadRatings(s.Ratings)))
            .ToList();
    }

    public async Task<Result<QualityScoreDetails>> ScoreAsync(int planId, ScorePlanRequest request, CurrentUser user, CancellationToken cancellationToken)
    {
        var plan = await db.Plans.AsNoTracking().VisibleTo(db, user).Include(p => p.Account).Include(p => p.Team)
            .FirstOrDefaultAsync(p => p.Id == planId, cancellationToken);
        if (plan is null)
        {
            return new Failure.NotFound();
        }

        if (!WorkflowRules.MayReview(user, GetPlanWorkflowHandler.FactsOf(plan)))
        {
            return new Failure.Forbidden();
        }

        if (plan.Status != PlanStatus.Submitted)
        {
            return new Failure.Conflict(plan.Status.ToString());
        }

        var criteria = await db.QualityCriteria.AsNoTracking().OrderBy(c => c.SortOrder).ToListAsync(cancellationToken);
        if (Validate(request, criteria) is { } invalid)
        {
            return invalid;
        }

        var ratings = criteria.Select(c => request.Ratings.Single(r => r.Criterion == c.Key) with { Weight = c.Weight }).ToList();
        var score = await db.QualityScores.FirstOrDefaultAsync(s => s.PlanId == planId && s.VersionNumber == plan.VersionNumber, cancellationToken);
        if (score is null)
        {
            score = new QualityScore { PlanId = planId, VersionNumber = plan.VersionNumber, Ratings = "[]" };
            db.QualityScores.Add(score);
        }

        score.ScoredById = user.Id;
        score.ScoredAt = clock.GetUtcNow();
        score.WeightedScore = Weighted(ratings);
        score.Ratings = WriteRatings(ratings);
        await db.SaveChangesAsync(cancellationToken);
        return new QualityScoreDetails(score.Id, score.VersionNumber, user.DisplayName, score.ScoredAt, score.WeightedScore, ratings);
    }

    /// <summary>Σ score × weight / Σ weight, rounded to two decimals; criteria weighted 0 do not count.</summary>
    public static decimal Weighted(IReadOnlyList<CriterionRating> ratings)
    {
        var weights = ratings.Sum(r => r.Weight);
        return weights == 0 ? 0 : Math.Round((decimal)ratings.Sum(r => r.Score * r.Weight) / weights, 2, MidpointRounding.AwayFromZero);
    }

    private static Failure.Invalid? Validate(ScorePlanRequest request, IReadOnlyList<QualityCriterion> criteria)
    {
        var errors = new ErrorCollector();
        for (var i = 0; i < request.Ratings.Count; i++)
        {
            if (RequestValidation.Validate(request.Ratings[i]) is { } invalid)
            {
                foreach (var (field, messages) in invalid.Errors)
                {
                    errors.AddPath($"ratings[{i}].{field}", messages[0]);
                }
            }
            else if (criteria.All(c => c.Key != request.Ratings[i].Criterion)
                || request.Ratings.Take(i).Any(r => r.Criterion == request.Ratings[i].Criterion))
            {
                errors.AddPath($"ratings[{i}].criterion", ValidationText.UnknownItem);
            }
        }

        if (!errors.HasErrors && criteria.Any(c => request.Ratings.All(r => r.Criterion != c.Key)))
        {
            errors.AddPath("ratings", ValidationText.Required);
        }

        return errors.ToFailure();
    }

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    internal static string WriteRatings(IReadOnlyList<CriterionRating> ratings) => JsonSerializer.Serialize(ratings, JsonOptions);

    private static List<CriterionRating> ReadRatings(string json) => JsonSerializer.Deserialize<List<CriterionRating>>(json, JsonOptions) ?? [];
}
