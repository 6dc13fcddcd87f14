using System.ComponentModel.DataAnnotations;
using Keyplan.Core.Data;
using Keyplan.Core.Identity;
using Keyplan.Core.Notifications;
using Keyplan.Core.Plans;
using Keyplan.Core.Resources;
using Microsoft.EntityFrameworkCore;

namespace Keyplan.Core.Workflow;

/// <summary>The body of a transition: a comment, required when returning a plan.</summary>
public sealed record TransitionRequest
{
    [StringLength(PlanTransition.CommentMaxLength, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxLength))]
    public string? Comment { get; init; }
}

/// <summary>
/// Moves a plan through the workflow (<see cref="WorkflowRules"/>), records the step and tells the people concerned.
/// Approval freezes the plan as a version. A refused step changes nothing.
/// </summary>
public sealed class TransitionPlanHandler(
    KeyplanDbContext db, GetPlanWorkflowHandler getWorkflow, INotificationSender notifications, TimeProvider clock)
{
    public async Task<Result<PlanWorkflow>> HandleAsync(
        int planId, WorkflowAction action, TransitionRequest request, CurrentUser user, CancellationToken cancellationToken)
    {
        var plan = await db.Plans.VisibleTo(db, user)
            .Include(p => p.Account).Include(p => p.Owner).Include(p => p.Team).ThenInclude(t => t.User).Include(p => p.Sections)
            .AsSplitQuery()
            .FirstOrDefaultAsync(p => p.Id == planId, cancellationToken);
        if (plan is null)
        {
            return new Failure.NotFound();
        }

        if (WorkflowRules.Check(action, user, GetPlanWorkflowHandler.FactsOf(plan)) is { } refused)
        {
            return refused;
        }

        var comment = string.IsNullOrWhiteSpace(request.Comment) ? null : request.Comment.Trim();
        if (RequestValidation.Validate(request) is { } invalid)
        {
            return invalid;
        }

        if (action == WorkflowAction.Return && comment is null)
        {
            return Failure.Invalid.For("comment", ValidationText.Required);
        }

        var now = clock.GetUtcNow();
        Move(db, plan, action, user.Id, now, comment);
        if (action == WorkflowAction.Approve)
        {
            db.PlanVersions.Add(new PlanVersion
            {
                PlanId = plan.Id, Number = plan.VersionNumber, ApprovedAt = now, ApprovedById = user.Id, Snapshot = VersionSnapshot.Take(plan),
            });
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone moved or edited the plan in between: its state is no longer the one this step was checked against.
            return new Failure.Conflict(plan.Status.ToString());
        }

        await NotifyAsync(plan, action, user, comment, cancellationToken);
        return await getWorkflow.HandleAsync(planId, user, cancellationToken);
    }

    /// <summary>
    /// Saving a section of a returned or approved plan takes it back to draft (an approved one to its next version),
    /// recorded as a reopening by the editor. Called inside the section save, before it saves.
    /// </summary>
    internal static async Task ReopenOnEditAsync(KeyplanDbContext db, int planId, string userId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var plan = await db.Plans.FirstAsync(p => p.Id == planId, cancellationToken);
        if (WorkflowRules.AllowedFrom(WorkflowAction.Reopen, plan.Status))
        {
            Move(db, plan, WorkflowAction.Reopen, userId, now, comment: null);
        }
    }

    private static void Move(KeyplanDbContext db, Plan plan, WorkflowAction action, string userId, DateTimeOffset now, string? comment)
    {
        var from = plan.Status;
        plan.Status = WorkflowRules.Target(action);
        if (action == WorkflowAction.Reopen && from == PlanStatus.Approved)
        {
            plan.VersionNumber++;
        }

        db.PlanTransitions.Add(new PlanTransition
        {
            PlanId = plan.Id, Action = action, From = from, To = plan.Status, VersionNumber = plan.VersionNumber,
            ActorId = userId, At = now, Comment = comment,
        });
    }

    private async Task NotifyAsync(Plan plan, WorkflowAction action, CurrentUser user, string? comment, CancellationToken cancellationToken)
    {
        NotificationKind? kind = action switch
        {
            WorkflowAction.Submit => NotificationKind.PlanSubmitted,
            WorkflowAction.Return => NotificationKind.PlanReturned,
            WorkflowAction.Approve => NotificationKind.PlanApproved,
            _ => null,
        };
        if (kind is null)
        {
            return;
        }

        var recipients = action == WorkflowAction.Submit
            ? await Recipients.BusinessAreaManagersAsync(db, plan.Account!.BusinessAreaId, cancellationToken)
            : [plan.OwnerId, .. plan.Team.Select(t => t.UserId)];
        var told = recipients.Where(id => id != user.Id).Distinct(StringComparer.Ordinal).ToList();
        if (told.Count > 0)
        {
            await notifications.SendAsync(new NotificationMessage(kind.Value, told, plan.Id, plan.Account!.Name, user.Id, comment), cancellationToken);
        }
    }
}
