using System.Text.Json;
using Keyplan.Core.Accounts;
using Keyplan.Core.Data;
using Keyplan.Core.Plans.Sections;
using Microsoft.EntityFrameworkCore;

namespace Keyplan.Core.Portfolio;

/// <summary>What an account's current plan says about its potential and the customer's purchase volume.</summary>
public sealed record PlanFigures(decimal? Potential, decimal? PurchaseVolume);

/// <summary>
/// Reads the figures from the current plans of a set of accounts. The current plan of an account is the one with the
/// latest start that has begun by today (a plan for next year does not count yet). Only the potential and history
/// sections of those plans are read.
/// </summary>
internal static class CurrentPlanFigures
{
    public static async Task<Dictionary<int, PlanFigures>> ForAsync(
        KeyplanDbContext db, IQueryable<Account> accounts, DateOnly today, int fiscalYear, CancellationToken cancellationToken)
    {
        // One round trip: the two sections of each account's latest plan begun by today (no later one has begun).
        var sections = await db.PlanSections.AsNoTracking()
            .Where(s => (s.Key == SectionKeys.Potential || s.Key == SectionKeys.History)
                && s.Plan!.PeriodStart <= today
                && accounts.Any(a => a.Id == s.Plan.AccountId)
                && !db.Plans.Any(later => later.AccountId == s.Plan.AccountId && later.PeriodStart <= today && later.PeriodStart > s.Plan.PeriodStart))
            .Select(s => new { s.Plan!.AccountId, s.Key, s.Content })
            .ToListAsync(cancellationToken);

        var figures = new Dictionary<int, PlanFigures>();
        foreach (var plan in sections.GroupBy(s => s.AccountId))
        {
            var potential = plan.FirstOrDefault(s => s.Key == SectionKeys.Potential) is { } p
                ? Read<PotentialSection>(p.Content)?.Potentials.Where(x => x.MaximumRevenue is not null).ToList() : null;
            var history = plan.FirstOrDefault(s => s.Key == SectionKeys.History) is { } h ? Read<HistorySection>(h.Content) : null;
            figures[plan.Key] = new PlanFigures(
                potential is { Count: > 0 } ? potential.Sum(x => x.MaximumRevenue!.Value) : null,
                history?.PurchaseVolumes.FirstOrDefault(v => v.Year == fiscalYear)?.Amount);
        }

        return figures;
    }

    private static T? Read<T>(string json) where T : SectionContent => JsonSerializer.Deserialize<T>(json, SectionJson.Options);
}
