using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using Keyplan.Core.Accounts;
using Keyplan.Core.Data;
using Keyplan.Core.Identity;
using Keyplan.Core.Plans;
using Keyplan.Core.Plans.Sections;
using Keyplan.Core.Resources;
using Microsoft.EntityFrameworkCore;

namespace Keyplan.Core.Reviews;

public sealed record RecordReviewRequest
{
    [Required(ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Required))]
    public DateOnly? HeldOn { get; init; }

    /// <summary>The review date (see <see cref="ReviewSchedule.DueDates"/>) whose interval the review looks back on.</summary>
    [Required(ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Required))]
    public DateOnly? PeriodEnd { get; init; }

    [Required(ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Required))]
    [StringLength(PlanReview.ParticipantsMaxLength, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxLength))]
    public string? Participants { get; init; }

    [MaxLength(SectionLimits.Items, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxItems))]
    public IReadOnlyList<ReviewKpiInput> Kpis { get; init => field = value ?? []; } = [];

    [StringLength(PlanReview.TextMaxLength, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxLength))]
    public string? ObjectivesProgress { get; init; }

    [StringLength(PlanReview.TextMaxLength, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxLength))]
    public string? ActionsProgress { get; init; }

    [StringLength(PlanReview.TextMaxLength, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxLength))]
    public string? Decisions { get; init; }

    [StringLength(PlanReview.TextMaxLength, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxLength))]
    public string? NextSteps { get; init; }
}

/// <summary>The actual of one KPI of the plan's scorecard for the reviewed period; without a status the suggested one is taken.</summary>
public sealed record ReviewKpiInput
{
    [Required(ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Required))]
    public Guid? KpiId { get; init; }

    [Required(ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Required))]
    [Range(typeof(decimal), SectionLimits.MinAmount, SectionLimits.MaxAmount, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Range))]
    public decimal? Actual { get; init; }

    public KpiStatus? Status { get; init; }
}

/// <summary>
/// Records a review. Its KPI actuals also go into the plan's KPI scorecard for that period (replacing an actual of the
/// same period), so the scorecard, the documents and the dashboards show them; the plan's approval status is not
/// touched, as actuals are controlling data, not a change of plan. All in one save.
/// </summary>
public sealed class RecordReviewHandler(KeyplanDbContext db, ListReviewsHandler list, TimeProvider clock)
{
    public async Task<Result<PlanReviews>> HandleAsync(int planId, RecordReviewRequest request, CurrentUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var plan = await db.Plans.VisibleTo(db, user).Include(p => p.Account).Include(p => p.Sections)
            .AsSplitQuery().FirstOrDefaultAsync(p => p.Id == planId, cancellationToken);
        if (plan is null)
        {
            return new Failure.NotFound();
        }

        if (!ReviewAccess.CanRecord(user, plan))
        {
            return new Failure.Forbidden();
        }

        var now = clock.GetUtcNow();
        var kpiSection = plan.Sections.FirstOrDefault(s => s.Key == SectionKeys.Kpis);
        var kpiContent = Read<KpisSection>(kpiSection?.Content) ?? new KpisSection();
        var kpis = kpiContent.Kpis;
        var objectives = Read<ObjectivesSection>(plan.Sections.FirstOrDefault(s => s.Key == SectionKeys.Objectives)?.Content)?.Objectives ?? [];
        // Every problem at once: the form marks them all, not one per try.
        var errors = new ErrorCollector();
        errors.Merge(DeepValidation.Validate(request));
        errors.Merge(Check(request, plan, kpis, DateOnly.FromDateTime(now.UtcDateTime)));
        if (errors.ToFailure() is { } invalid)
        {
            return invalid;
        }

        var periodEnd = request.PeriodEnd!.Value;
        var recorded = new List<ReviewKpiActual>();
        var updated = kpis.Select(kpi =>
        {
            var input = request.Kpis.FirstOrDefault(k => k.KpiId == kpi.Id);
            if (input is null)
            {
                return kpi;
            }

            var withActual = kpi with
            {
                Actuals = [.. kpi.Actuals.Where(a => a.PeriodEnd != periodEnd), new KpiActual { PeriodEnd = periodEnd, Actual = input.Actual }],
            };
            var suggested = KpiTracking.Assess(withActual with { Status = null }, objectives.FirstOrDefault(o => o.Id == kpi.ObjectiveId), plan.PeriodStart, plan.PeriodEnd)?.Status;
            var status = input.Status ?? suggested ?? KpiStatus.OnTrack;
            recorded.Add(new ReviewKpiActual(kpi.Id, kpi.Name ?? string.Empty, kpi.Unit, kpi.Target, input.Actual!.Value, status, suggested));
            return withActual with { Status = input.Status ?? kpi.Status };
        }).ToList();

        if (kpiSection is not null && recorded.Count > 0)
        {
            kpiSection.Content = SectionJson.Serialize(kpiContent with { Kpis = updated });
            kpiSection.UpdatedAt = now;
            kpiSection.UpdatedById = user.Id;
        }

        db.PlanReviews.Add(new PlanReview
        {
            PlanId = plan.Id,
            HeldOn = request.HeldOn!.Value,
            PeriodEnd = periodEnd,
            Participants = request.Participants!.Trim(),
            KpiActuals = JsonSerializer.Serialize(recorded, SectionJson.Options),
            ObjectivesProgress = Trimmed(request.ObjectivesProgress),
            ActionsProgress = Trimmed(request.ActionsProgress),
            Decisions = Trimmed(request.Decisions),
            NextSteps = Trimmed(request.NextSteps),
            RecordedById = user.Id,
            RecordedAt = now,
        });

        // As with section saves: the plan's "last changed" moves without touching its version, in the same transaction.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await ConcurrentSave.TrySaveAsync(db, cancellationToken) is { } stale)
        {
            return stale;
        }

        await db.Plans.Where(p => p.Id == planId).ExecuteUpdateAsync(p => p.SetProperty(x => x.UpdatedAt, now), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return await list.HandleAsync(planId, user, cancellationToken);
    }

    private static Failure.Invalid? Check(RecordReviewRequest request, Plan plan, IReadOnlyList<Kpi> kpis, DateOnly today)
    {
        var errors = new ErrorCollector();
        if (request.HeldOn > today)
        {
            errors.Add(nameof(request.HeldOn), ValidationText.NotInTheFuture);
        }

        if (request.PeriodEnd is { } periodEnd && !ReviewSchedule.DueDates(plan.PeriodStart, plan.PeriodEnd, plan.ReviewIntervalMonths).Contains(periodEnd))
        {
            errors.Add(nameof(request.PeriodEnd), ValidationText.NotAReviewDate);
        }

        var known = kpis.Select(k => k.Id).ToHashSet();
        var seen = new HashSet<Guid>();
        for (var i = 0; i < request.Kpis.Count; i++)
        {
            if (request.Kpis[i].KpiId is not { } id)
            {
                continue;
            }

            if (!known.Contains(id))
            {
                errors.AddPath($"kpis[{i}].kpiId", ValidationText.UnknownItem);
            }
            else if (!seen.Add(id))
            {
                errors.AddPath($"kpis[{i}].kpiId", ValidationText.DuplicateEntry);
            }
        }

        return errors.ToFailure();
    }

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    internal static T? Read<T>(string? json) where T : SectionContent =>
        json is null ? null : JsonSerializer.Deserialize<T>(json, SectionJson.Options);
}

/// <summary>Who records a plan's reviews: those who may edit the plan (its KAM, the Business Area Manager, administrators) and management.</summary>
public static class ReviewAccess
{
    public static bool CanRecord(CurrentUser user, Plan plan)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(plan);
        return PlanAccess.CanEdit(user, plan, plan.Account!) || user.IsInRole(Roles.Management);
    }
}
