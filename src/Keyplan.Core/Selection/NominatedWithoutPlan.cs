using Keyplan.Core.Accounts;
using Keyplan.Core.Data;
using Keyplan.Core.Identity;
using Microsoft.EntityFrameworkCore;

namespace Keyplan.Core.Selection;

public sealed record NominatedAccount(int AccountId, string Name, string BusinessAreaName, string? KeyAccountManagerName);

/// <param name="FiscalYear">The current fiscal year, which the listed accounts have no plan for.</param>
public sealed record NominatedWithoutPlan(int FiscalYear, IReadOnlyList<NominatedAccount> Accounts);

public sealed class NominatedWithoutPlanHandler(KeyplanDbContext db, TimeProvider clock)
{
    /// <summary>Key accounts the user sees that have no plan for the current fiscal year (nor a custom period covering today).</summary>
    public async Task<NominatedWithoutPlan> HandleAsync(CurrentUser user, CancellationToken cancellationToken)
    {
        var startMonth = await db.OrganisationSettings.Select(s => (int?)s.FiscalYearStartMonth).FirstOrDefaultAsync(cancellationToken) ?? 1;
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var fiscalYear = today.Month >= startMonth ? today.Year : today.Year - 1;
        var accounts = await db.Accounts.VisibleTo(user).AsNoTracking()
            .Where(a => a.IsKeyAccount && !db.Plans.Any(p => p.AccountId == a.Id
                && (p.FiscalYear == fiscalYear || (p.FiscalYear == null && p.PeriodStart <= today && p.PeriodEnd >= today))))
            .OrderBy(a => a.Name)
            .Select(a => new NominatedAccount(a.Id, a.Name, a.BusinessArea!.Name, a.KeyAccountManager!.DisplayName))
            .ToListAsync(cancellationToken);
        return new NominatedWithoutPlan(fiscalYear, accounts);
    }
}
