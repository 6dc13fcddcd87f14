using System.Text.Json;
using Keyplan.Core.Accounts;
using Keyplan.Core.Data;
using Keyplan.Core.Identity;
using Keyplan.Core.Organisation;
using Keyplan.Core.Plans;
using Keyplan.Core.Plans.Sections;
using Microsoft.EntityFrameworkCore;

namespace Keyplan.Core.Budget;

/// <summary>
/// Loads what the sales budget of a fiscal year adds up: the approved plans of accounts the user may see whose period
/// starts in that year, and those accounts' revenue of the year and the year before.
/// </summary>
public sealed class GetSalesBudgetHandler(KeyplanDbContext db, TimeProvider clock)
{
    public async Task<Result<SalesBudget>> HandleAsync(SalesBudgetQuery query, CurrentUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (!BudgetAccess.CanSee(user))
        {
            return new Failure.Forbidden();
        }

        if (RequestValidation.Validate(query) is { } invalid)
        {
            return invalid;
        }

        var settings = await db.OrganisationSettings.AsNoTracking()
            .Select(s => new { s.FiscalYearStartMonth, s.Currency }).FirstOrDefaultAsync(cancellationToken);
        var startMonth = settings?.FiscalYearStartMonth ?? 1;
        var year = query.Year ?? FiscalYears.Of(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), startMonth);
        var accounts = db.Accounts.AsNoTracking().VisibleTo(user)
            .Where(a => query.BusinessAreaId == null || a.BusinessAreaId == query.BusinessAreaId);

        var plans = await LoadPlansAsync(accounts, new DateOnly(year, startMonth, 1), cancellationToken);
        var revenue = await accounts.SelectMany(a => a.Revenue)
            .Where(r => r.Year == year || r.Year == year - 1)
            .GroupBy(r => new { r.AccountId, r.Account!.BusinessAreaId, r.ProductGroupId, r.Year })
            // Summed as double: SQLite keeps decimals as text and cannot sum them in SQL (see ListPortfolioHandler).
            .Select(g => new { g.Key.AccountId, g.Key.BusinessAreaId, g.Key.ProductGroupId, g.Key.Year, Revenue = g.Sum(r => (double)r.Revenue) })
            .ToListAsync(cancellationToken);
        var areas = await db.BusinessAreas.AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken);
        var groups = await db.ProductGroups.AsNoTracking().ToDictionaryAsync(g => g.Id, g => g.Name, cancellationToken);

        return SalesBudgetRollUp.Compute(
            year,
            settings?.Currency ?? OrganisationSettings.DefaultCurrency,
            plans,
            [.. revenue.Select(r => new BudgetRevenue(r.AccountId, r.BusinessAreaId, r.ProductGroupId, r.Year, Math.Round((decimal)r.Revenue, 2)))],
            areas,
            groups);
    }

    /// <summary>
    /// The plans with an approved version whose period starts in the year. A plan being edited after approval is a draft
    /// again, but its approved version stays the reference (SPEC §3): its targets and objectives come from that version's
    /// snapshot, the KPI actuals from the plan as it is now, as reviews keep adding them.
    /// </summary>
    private async Task<List<BudgetPlan>> LoadPlansAsync(IQueryable<Account> accounts, DateOnly yearStart, CancellationToken cancellationToken)
    {
        var nextYearStart = yearStart.AddYears(1);
        var plans = await db.Plans.AsNoTracking()
            .Where(p => (p.Status == PlanStatus.Approved || db.PlanVersions.Any(v => v.PlanId == p.Id))
                && p.PeriodStart >= yearStart && p.PeriodStart < nextYearStart
                && accounts.Any(a => a.Id == p.AccountId))
            .Select(p => new
            {
                p.Id,
                p.AccountId,
                p.Account!.BusinessAreaId,
                p.OwnerId,
                OwnerName = p.Owner!.DisplayName,
                Reference = p.Status == PlanStatus.Approved
                    ? null
                    : db.PlanVersions.Where(v => v.PlanId == p.Id).OrderByDescending(v => v.Number).Select(v => v.Snapshot).FirstOrDefault(),
                Sections = p.Sections
                    .Where(s => s.Key == SectionKeys.Budget || s.Key == SectionKeys.Objectives || s.Key == SectionKeys.Kpis)
                    .Select(s => new { s.Key, s.Content })
                    .ToList(),
            })
            .ToListAsync(cancellationToken);

        return [.. plans.Select(p =>
        {
            var current = p.Sections.ToDictionary(s => s.Key, s => s.Content);
            var reference = p.Reference is null ? current : ApprovedVersion.Sections(p.Reference);
            return new BudgetPlan(
                p.Id, p.AccountId, p.BusinessAreaId, p.OwnerId, p.OwnerName,
                Read<BudgetSection>(reference.GetValueOrDefault(SectionKeys.Budget))?.RevenueTargets ?? [],
                Read<ObjectivesSection>(reference.GetValueOrDefault(SectionKeys.Objectives))?.Objectives ?? [],
                Read<KpisSection>(current.GetValueOrDefault(SectionKeys.Kpis))?.Kpis ?? []);
        })];
    }

    private static T? Read<T>(string? json) where T : SectionContent =>
        json is null ? null : JsonSerializer.Deserialize<T>(json, SectionJson.Options);
}
