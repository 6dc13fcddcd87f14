using Keyplan.Core.Data;
using Keyplan.Core.Plans.Sections;
using Keyplan.Core.Resources;
using Microsoft.EntityFrameworkCore;

namespace Keyplan.Core.Decisions;

/// <summary>
/// Once a request is submitted, its decision belongs to the decider: a save of the decisions section may not change the
/// decision, its date or its decider of such a request (the editor shows them read-only; this guards the API).
/// </summary>
internal static class DecisionGuard
{
    public static async Task<Failure.Invalid?> CheckAsync(KeyplanDbContext db, int planId, SectionContent content, CancellationToken cancellationToken)
    {
        if (content is not DecisionsSection section || section.Requests.Count == 0)
        {
            return null;
        }

        var ids = section.Requests.Select(r => r.Id).ToList();
        var submitted = (await db.DecisionSubmissions.AsNoTracking()
                .Where(s => s.PlanId == planId && ids.Contains(s.ItemId))
                .Select(s => new { s.Id, s.ItemId, s.Outcome, s.DecidedOn, s.DecidedById, Decider = s.DecidedBy!.DisplayName })
                .ToListAsync(cancellationToken))
            // The latest submission of a request speaks for it (a deferred request can be put again).
            .GroupBy(s => s.ItemId).ToDictionary(g => g.Key, g => g.MaxBy(s => s.Id)!);

        var errors = new ErrorCollector();
        for (var i = 0; i < section.Requests.Count; i++)
        {
            var request = section.Requests[i];
            if (submitted.TryGetValue(request.Id, out var decision)
                && (request.Decision != decision.Outcome || request.DecisionDate != decision.DecidedOn || request.DeciderUserId != decision.DecidedById))
            {
                errors.AddPath($"requests[{i}].decision", decision.DecidedById is null
                    ? ValidationText.Get("AwaitingDecision")
                    : ValidationText.Format("DecidedElsewhere", decision.Decider ?? "–"));
            }
        }

        return errors.ToFailure();
    }
}
