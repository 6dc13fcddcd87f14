using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using Keyplan.Core.Data;
using Keyplan.Core.Identity;
using Keyplan.Core.Notifications;
using Keyplan.Core.Plans;
using Keyplan.Core.Plans.Sections;
using Keyplan.Core.Resources;
using Microsoft.EntityFrameworkCore;

namespace Keyplan.Core.Decisions;

/// <summary>A decision request as the plan and the decider see it, with what the reader may do with it now.</summary>
public sealed record DecisionRequestDetails(
    int Id,
    int PlanId,
    string AccountName,
    Guid ItemId,
    string Title,
    DecisionRequestKind? Kind,
    decimal? Amount,
    string? Rationale,
    string? Options,
    string? Recommendation,
    DecisionStage Stage,
    string SubmittedBy,
    DateTimeOffset SubmittedAt,
    string? EscalatedBy,
    string? EscalationComment,
    DecisionOutcome Outcome,
    string? DecidedBy,
    DateOnly? DecidedOn,
    string? DecisionComment,
    IReadOnlyList<DecisionAction> Actions);

public sealed record SubmitDecisionRequest
{
    /// <summary>The request's id in the plan's decisions section.</summary>
    [Required(ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Required))]
    public Guid? ItemId { get; init; }
}

public sealed record DecideRequest
{
    [Required(ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Required))]
    public DecisionOutcome? Outcome { get; init; }

    [StringLength(DecisionSubmission.TextMaxLength, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxLength))]
    public string? Comment { get; init; }
}

public sealed record EscalateRequest
{
    [StringLength(DecisionSubmission.TextMaxLength, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxLength))]
    public string? Comment { get; init; }
}

/// <summary>Submits, escalates and decides decision requests (SPEC §3), records who and when, writes the outcome into the plan and tells the people concerned.</summary>
public sealed class DecisionRequestsHandler(KeyplanDbContext db, INotificationSender notifications, TimeProvider clock)
{
    public async Task<Result<IReadOnlyList<DecisionRequestDetails>>> ListAsync(int planId, CurrentUser user, CancellationToken cancellationToken)
    {
        if (!await db.Plans.VisibleTo(db, user).AnyAsync(p => p.Id == planId, cancellationToken))
        {
            return new Failure.NotFound();
        }

        return Result<IReadOnlyList<DecisionRequestDetails>>.Ok(await DetailsAsync(db.DecisionSubmissions.Where(s => s.PlanId == planId), user, cancellationToken));
    }

    /// <summary>The open requests on the user's desk: their business area's for a Business Area Manager, every open one for Management.</summary>
    public async Task<IReadOnlyList<DecisionRequestDetails>> OpenForAsync(CurrentUser user, CancellationToken cancellationToken)
    {
        var open = db.DecisionSubmissions.Where(s => s.Stage != DecisionStage.Decided);
        if (user.SeesAll)
        {
            return await DetailsAsync(open, user, cancellationToken);
        }

        if (!user.IsInRole(Roles.BusinessAreaManager))
        {
            return [];
        }

        var area = user.BusinessAreaId;
        return await DetailsAsync(open.Where(s => s.Stage == DecisionStage.BusinessAreaManager && s.Plan!.Account!.BusinessAreaId == area), user, cancellationToken);
    }

    public async Task<Result<DecisionRequestDetails>> SubmitAsync(int planId, SubmitDecisionRequest request, CurrentUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var plan = await db.Plans.VisibleTo(db, user).Include(p => p.Account).Include(p => p.Sections.Where(s => s.Key == SectionKeys.Decisions))
            .FirstOrDefaultAsync(p => p.Id == planId, cancellationToken);
        if (plan is null)
        {
            return new Failure.NotFound();
        }

        if (!PlanAccess.CanEdit(user, plan, plan.Account!))
        {
            return new Failure.Forbidden();
        }

        if (RequestValidation.Validate(request) is { } invalid)
        {
            return invalid;
        }

        var section = plan.Sections.FirstOrDefault();
        var content = Read(section?.Content);
        var item = content?.Requests.FirstOrDefault(r => r.Id == request.ItemId);
        if (item is null || string.IsNullOrWhiteSpace(item.Title))
        {
            return Failure.Invalid.For("itemId", ValidationText.UnknownItem);
        }

        if (await db.DecisionSubmissions.AnyAsync(s => s.PlanId == planId && s.ItemId == item.Id && s.Stage != DecisionStage.Decided, cancellationToken))
        {
            return new Failure.Conflict(DecisionStage.BusinessAreaManager.ToString());
        }

        var now = clock.GetUtcNow();
        var submission = new DecisionSubmission
        {
            PlanId = planId, ItemId = item.Id, Title = item.Title.Trim(), Kind = item.Kind, Amount = item.Amount, Rationale = item.Rationale,
            Options = item.Options.Count == 0 ? null : string.Join('\n', item.Options.Select(o => o.Text)),
            Recommendation = item.Recommendation, Stage = DecisionStage.BusinessAreaManager, SubmittedById = user.Id, SubmittedAt = now,
        };
        db.DecisionSubmissions.Add(submission);
        // Open again: whatever the section said of an earlier decision, this one is pending now.
        WriteBack(section!, content!, item.Id, DecisionOutcome.Pending, null, null, user.Id, now);
        if (await ConcurrentSave.TrySaveAsync(db, cancellationToken) is { } stale)
        {
            return stale;
        }

        await TellAsync(NotificationKind.DecisionRequested, await Recipients.BusinessAreaManagersAsync(db, plan.Account!.BusinessAreaId, cancellationToken),
            plan, submission.Title, user, null, cancellationToken);
        return await OneAsync(submission.Id, user, cancellationToken);
    }

    public async Task<Result<DecisionRequestDetails>> EscalateAsync(int planId, int id, EscalateRequest request, CurrentUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (submission, failure) = await FindAsync(planId, id, DecisionAction.Escalate, request, user, cancellationToken);
        if (failure is not null)
        {
            return failure;
        }

        submission!.Stage = DecisionStage.Management;
        submission.EscalatedById = user.Id;
        submission.EscalatedAt = clock.GetUtcNow();
        submission.EscalationComment = string.IsNullOrWhiteSpace(request.Comment) ? null : request.Comment.Trim();
        if (await ConcurrentSave.TrySaveAsync(db, cancellationToken) is not null)
        {
            return new Failure.Conflict(DecisionStage.Management.ToString());
        }

        await TellAsync(NotificationKind.DecisionEscalated, await Recipients.ManagementAsync(db, cancellationToken),
            submission.Plan!, submission.Title, user, submission.EscalationComment, cancellationToken);
        return await OneAsync(id, user, cancellationToken);
    }

    public async Task<Result<DecisionRequestDetails>> DecideAsync(int planId, int id, DecideRequest request, CurrentUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (submission, failure) = await FindAsync(planId, id, DecisionAction.Decide, request, user, cancellationToken);
        if (failure is not null)
        {
            return failure;
        }

        if (request.Outcome is not { } outcome || outcome == DecisionOutcome.Pending)
        {
            return Failure.Invalid.For("outcome", ValidationText.DecisionOutcomeRequired);
        }

        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        submission!.Stage = DecisionStage.Decided;
        submission.Outcome = outcome;
        submission.DecidedById = user.Id;
        submission.DecidedOn = today;
        submission.DecisionComment = string.IsNullOrWhiteSpace(request.Comment) ? null : request.Comment.Trim();
        var section = await db.PlanSections.FirstOrDefaultAsync(s => s.PlanId == planId && s.Key == SectionKeys.Decisions, cancellationToken);
        if (section is not null && Read(section.Content) is { } content)
        {
            WriteBack(section, content, submission.ItemId, outcome, today, user.Id, user.Id, now);
        }

        if (await ConcurrentSave.TrySaveAsync(db, cancellationToken) is not null)
        {
            // Someone decided or edited the section in between: nothing was written.
            return new Failure.Conflict(submission.Stage.ToString());
        }

        var plan = submission.Plan!;
        await TellAsync(NotificationKind.DecisionMade, [plan.OwnerId, submission.SubmittedById], plan, submission.Title, user, submission.DecisionComment, cancellationToken);
        return await OneAsync(id, user, cancellationToken);
    }

    /// <summary>The submission if the user may act on it now and the request's fields are valid; otherwise why not (404, 403, 409, 400 in that order).</summary>
    private async Task<(DecisionSubmission? Submission, Failure? Failure)> FindAsync(
        int planId, int id, DecisionAction action, object request, CurrentUser user, CancellationToken cancellationToken)
    {
        var visible = db.Plans.VisibleTo(db, user).Select(p => p.Id);
        var submission = await db.DecisionSubmissions.Include(s => s.Plan).ThenInclude(p => p!.Account)
            .FirstOrDefaultAsync(s => s.Id == id && s.PlanId == planId && visible.Contains(s.PlanId), cancellationToken);
        if (submission is null)
        {
            return (null, new Failure.NotFound());
        }

        return (submission, DecisionRules.Check(action, user, submission.Stage, submission.Plan!.Account!.BusinessAreaId, submission.SubmittedById)
            ?? RequestValidation.Validate(request));
    }

    private static void WriteBack(PlanSection section, DecisionsSection content, Guid itemId, DecisionOutcome outcome, DateOnly? on, string? deciderId, string editorId, DateTimeOffset now)
    {
        var requests = content.Requests.Select(r => r.Id == itemId ? r with { Decision = outcome, DecisionDate = on, DeciderUserId = deciderId } : r).ToList();
        section.Content = SectionJson.Serialize(content with { Requests = requests });
        section.UpdatedAt = now;
        section.UpdatedById = editorId;
    }

    private async Task TellAsync(
        NotificationKind kind, IEnumerable<string> recipients, Plan plan, string title, CurrentUser actor, string? comment, CancellationToken cancellationToken)
    {
        var told = recipients.Where(r => r != actor.Id).Distinct(StringComparer.Ordinal).ToList();
        if (told.Count > 0)
        {
            await notifications.SendAsync(new NotificationMessage(kind, told, plan.Id, $"{plan.Account!.Name}: {title}", actor.Id, comment), cancellationToken);
        }
    }

    private async Task<DecisionRequestDetails> OneAsync(int id, CurrentUser user, CancellationToken cancellationToken) =>
        (await DetailsAsync(db.DecisionSubmissions.Where(s => s.Id == id), user, cancellationToken)).Single();

    private static async Task<IReadOnlyList<DecisionRequestDetails>> DetailsAsync(
        IQueryable<DecisionSubmission> submissions, CurrentUser user, CancellationToken cancellationToken)
    {
        var rows = await submissions.AsNoTracking().OrderByDescending(s => s.SubmittedAt).ThenByDescending(s => s.Id)
            .Select(s => new
            {
                s.Id, s.PlanId, AccountName = s.Plan!.Account!.Name, s.Plan.Account.BusinessAreaId, s.ItemId, s.Title, s.Kind, s.Amount, s.Rationale,
                s.Options, s.Recommendation, s.Stage, s.SubmittedById, SubmittedBy = s.SubmittedBy!.DisplayName, s.SubmittedAt,
                EscalatedBy = s.EscalatedBy!.DisplayName, s.EscalationComment, s.Outcome, DecidedBy = s.DecidedBy!.DisplayName, s.DecidedOn, s.DecisionComment,
            })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(s => new DecisionRequestDetails(
            s.Id, s.PlanId, s.AccountName, s.ItemId, s.Title, s.Kind, s.Amount, s.Rationale, s.Options, s.Recommendation, s.Stage,
            s.SubmittedBy, s.SubmittedAt, s.EscalatedBy, s.EscalationComment, s.Outcome, s.DecidedBy, s.DecidedOn, s.DecisionComment,
            DecisionRules.Available(user, s.Stage, s.BusinessAreaId, s.SubmittedById)))];
    }

    private static DecisionsSection? Read(string? json) => json is null ? null : JsonSerializer.Deserialize<DecisionsSection>(json, SectionJson.Options);
}
