using Keyplan.Core.Data;
using Keyplan.Core.Identity;
using Keyplan.Core.Plans;
using Microsoft.EntityFrameworkCore;

namespace Keyplan.Core.Workflow;

public sealed record SubmitterRequest(bool CanSubmit);

/// <summary>A plan team member and whether the KAM lets them submit the plan.</summary>
public sealed record SubmitterDetails(string UserId, string DisplayName, bool CanSubmit);

/// <summary>The plan's owner decides which team members may submit it for approval (SPEC §3: "the KAM, or a team member they allow").</summary>
public sealed class SubmittersHandler(KeyplanDbContext db)
{
    public async Task<Result<IReadOnlyList<SubmitterDetails>>> ListAsync(int planId, CurrentUser user, CancellationToken cancellationToken)
    {
        if (!await db.Plans.VisibleTo(db, user).AnyAsync(p => p.Id == planId, cancellationToken))
        {
            return new Failure.NotFound();
        }

        return await db.PlanTeamMembers.AsNoTracking().Where(t => t.PlanId == planId).OrderBy(t => t.User!.DisplayName)
            .Select(t => new SubmitterDetails(t.UserId, t.User!.DisplayName, t.CanSubmit)).ToListAsync(cancellationToken);
    }

    public async Task<Result<SubmitterDetails>> SetAsync(int planId, string userId, SubmitterRequest request, CurrentUser user, CancellationToken cancellationToken)
    {
        var plan = await db.Plans.AsNoTracking().VisibleTo(db, user).FirstOrDefaultAsync(p => p.Id == planId, cancellationToken);
        var member = plan is null ? null
            : await db.PlanTeamMembers.Include(t => t.User).FirstOrDefaultAsync(t => t.PlanId == planId && t.UserId == userId, cancellationToken);
        if (member is null)
        {
            return new Failure.NotFound();
        }

        if (plan!.OwnerId != user.Id)
        {
            return new Failure.Forbidden();
        }

        member.CanSubmit = request.CanSubmit;
        await db.SaveChangesAsync(cancellationToken);
        return new SubmitterDetails(member.UserId, member.User!.DisplayName, member.CanSubmit);
    }
}
