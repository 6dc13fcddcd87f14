using Keyplan.Core.Data;
using Keyplan.Core.Identity;
using Keyplan.Core.Plans.Sections;
using Microsoft.EntityFrameworkCore;

namespace Keyplan.Core.Plans;

public enum WorkItemKind
{
    Action,
    Visit,
}

public sealed record WorkItem(WorkItemKind Kind, Guid ItemId, int PlanId, int AccountId, string AccountName, string Title, DateOnly Due, bool IsOverdue);

/// <summary>The signed-in user's open actions and planned visits across all their plans: overdue first, then the coming weeks.</summary>
public sealed record MyWork(IReadOnlyList<WorkItem> Overdue, IReadOnlyList<WorkItem> Upcoming);

public sealed class MyWorkHandler(KeyplanDbContext db, TimeProvider clock)
{
    public const int UpcomingDays = 30;

    public async Task<MyWork> HandleAsync(CurrentUser user, CancellationToken cancellationToken)
    {
        var userId = user.Id;
        var plans = await db.Plans.AsNoTracking().VisibleTo(db, user)
            .Where(p => p.OwnerId == userId || p.Team.Any(t => t.UserId == userId))
            .Select(p => new
            {
                p.Id,
                p.AccountId,
                AccountName = p.Account!.Name,
                p.OwnerId,
                Sections = p.Sections.Where(s => s.Key == SectionKeys.Actions || s.Key == SectionKeys.Visits).Select(s => new { s.Key, s.Content }).ToList(),
            })
            .ToListAsync(cancellationToken);

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var items = plans.SelectMany(plan => Collect(
            new PlanWork(plan.Id, plan.AccountId, plan.AccountName, plan.OwnerId,
                plan.Sections.ToDictionary(s => s.Key, s => SectionJson.Deserialize(SectionCatalog.Find(s.Key)!, s.Content))),
            userId, today)).ToList();
        return new MyWork(
            items.Where(i => i.IsOverdue).OrderBy(i => i.Due).ToList(),
            items.Where(i => !i.IsOverdue && i.Due <= today.AddDays(UpcomingDays)).OrderBy(i => i.Due).ToList());
    }

    public sealed record PlanWork(int PlanId, int AccountId, string AccountName, string OwnerId, IReadOnlyDictionary<string, SectionContent> Sections);

    /// <summary>
    /// The user's open items of one plan: actions they own and visits they attend; in their own plans also the
    /// items nobody is assigned to yet, since those fall to the plan's owner.
    /// </summary>
    public static IEnumerable<WorkItem> Collect(PlanWork plan, string userId, DateOnly today)
    {
        var ownsPlan = plan.OwnerId == userId;
        if (plan.Sections.GetValueOrDefault(SectionKeys.Actions) is ActionsSection actions)
        {
            foreach (var action in actions.Actions.Where(a => a.DueDate is not null && a.Status is ActionStatus.Planned or ActionStatus.InProgress))
            {
                if (action.OwnerUserId == userId || (ownsPlan && string.IsNullOrEmpty(action.OwnerUserId)))
                {
                    yield return new WorkItem(WorkItemKind.Action, action.Id, plan.PlanId, plan.AccountId, plan.AccountName,
                        action.Title ?? string.Empty, action.DueDate!.Value, action.DueDate < today);
                }
            }
        }

        if (plan.Sections.GetValueOrDefault(SectionKeys.Visits) is VisitsSection visits)
        {
            foreach (var visit in visits.Visits.Where(v => v.Date is not null && v.Status == VisitStatus.Planned))
            {
                if (visit.AttendeeUserIds.Contains(userId) || (ownsPlan && visit.AttendeeUserIds.Count == 0))
                {
                    yield return new WorkItem(WorkItemKind.Visit, visit.Id, plan.PlanId, plan.AccountId, plan.AccountName,
                        visit.Goal ?? string.Empty, visit.Date!.Value, visit.Date < today);
                }
            }
        }
    }
}
