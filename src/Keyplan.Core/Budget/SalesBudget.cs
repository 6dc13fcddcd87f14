using System.ComponentModel.DataAnnotations;
using Keyplan.Core.Accounts;
using Keyplan.Core.Resources;

namespace Keyplan.Core.Budget;

/// <summary>Which part of the sales budget to roll up: one fiscal year, optionally one business area.</summary>
public sealed record SalesBudgetQuery
{
    /// <summary>The fiscal year; null for the current one.</summary>
    [Range(RevenueRecord.MinYear, RevenueRecord.MaxYear, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Range))]
    public int? Year { get; init; }

    public int? BusinessAreaId { get; init; }
}

/// <summary>
/// One business area and product group of the sales budget. The key accounts are the accounts with an approved plan
/// for the year: their budget is the plan's target. Every other account of the business area carries last year's
/// revenue forward (the non-key-account remainder).
/// </summary>
public sealed record SalesBudgetRow(
    int BusinessAreaId,
    string BusinessAreaName,
    int ProductGroupId,
    string ProductGroupName,
    decimal KeyAccountTarget,
    decimal KeyAccountLastYear,
    decimal OtherAccountsLastYear)
{
    public decimal LastYear => KeyAccountLastYear + OtherAccountsLastYear;
    public decimal Budget => KeyAccountTarget + OtherAccountsLastYear;

    /// <summary>The budget against last year's actual revenue, as a fraction (0.1 = +10 %); null without revenue last year.</summary>
    public decimal? Change => LastYear == 0 ? null : Math.Round(Budget / LastYear - 1, 4);
}

/// <summary>The sums of several rows: one business area (<see cref="BusinessAreaId"/> set) or everything (null).</summary>
public sealed record SalesBudgetTotal(
    int? BusinessAreaId, string? BusinessAreaName, decimal KeyAccountTarget, decimal KeyAccountLastYear, decimal OtherAccountsLastYear)
{
    public decimal LastYear => KeyAccountLastYear + OtherAccountsLastYear;
    public decimal Budget => KeyAccountTarget + OtherAccountsLastYear;
    public decimal? Change => LastYear == 0 ? null : Math.Round(Budget / LastYear - 1, 4);

    public static SalesBudgetTotal Of(int? businessAreaId, string? businessAreaName, IEnumerable<SalesBudgetRow> rows)
    {
        var list = rows.ToList();
        return new SalesBudgetTotal(
            businessAreaId, businessAreaName,
            list.Sum(r => r.KeyAccountTarget), list.Sum(r => r.KeyAccountLastYear), list.Sum(r => r.OtherAccountsLastYear));
    }
}

/// <summary>
/// How far one KAM's approved plans of the year have come (input to target-linked bonuses). Revenue attainment is the
/// revenue booked so far in the year against the plans' revenue targets; objective attainment is the average, over the
/// objectives whose KPI has an actual, of the latest actual against the target.
/// </summary>
public sealed record KamAttainment(
    string UserId,
    string DisplayName,
    int Plans,
    decimal RevenueTarget,
    decimal RevenueActual,
    decimal? RevenueAttainment,
    int Objectives,
    int ObjectivesMeasured,
    decimal? ObjectiveAttainment);

/// <summary>The sales budget of one fiscal year: rows by business area and product group, totals, and attainment per KAM.</summary>
public sealed record SalesBudget(
    int Year,
    string Currency,
    int ApprovedPlans,
    IReadOnlyList<SalesBudgetRow> Rows,
    IReadOnlyList<SalesBudgetTotal> BusinessAreaTotals,
    SalesBudgetTotal Total,
    IReadOnlyList<KamAttainment> Kams);
