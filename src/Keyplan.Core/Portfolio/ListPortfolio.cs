using System.ComponentModel.DataAnnotations;
using Keyplan.Core.Accounts;
using Keyplan.Core.Data;
using Keyplan.Core.Identity;
using Keyplan.Core.Organisation;
using Keyplan.Core.Resources;
using Microsoft.EntityFrameworkCore;

namespace Keyplan.Core.Portfolio;

public enum PortfolioSort
{
    Name,
    BusinessArea,
    Industry,
    Country,
    IsKeyAccount,
    Revenue,
    ContributionMargin,
    MarginRate,
    Cagr,
    LastYearChange,
    Potential,
    ShareOfWallet,
    AbcClass,
}

/// <summary>Filters ("strategic criteria"), sort and page of the portfolio ranking (page and GET /api/portfolio).</summary>
public sealed record PortfolioQuery
{
    public const int MaxPageSize = 200;

    public int? BusinessAreaId { get; init; }
    public string? Industry { get; init; }
    public string? Country { get; init; }
    public bool? IsKeyAccount { get; init; }
    public PortfolioSort Sort { get; init; } = PortfolioSort.Revenue;
    public bool Descending { get; init; } = true;

    /// <summary>1-based.</summary>
    [Range(1, int.MaxValue, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Range))]
    public int Page { get; init; } = 1;

    [Range(1, MaxPageSize, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Range))]
    public int PageSize { get; init; } = 25;
}

/// <summary>
/// One account's figures. Revenue and margin are of <see cref="PortfolioRanking.FiscalYear"/>; rates are fractions
/// (0.1 = 10 %); potential and purchase volume come from the account's current plan and are null without one.
/// </summary>
public sealed record PortfolioRow(
    int Id,
    string Name,
    string BusinessAreaName,
    string? Industry,
    string? Country,
    bool IsKeyAccount,
    string Currency,
    decimal Revenue,
    decimal ContributionMargin,
    decimal? MarginRate,
    decimal? Cagr,
    decimal? LastYearChange,
    decimal? Potential,
    decimal? PurchaseVolume,
    decimal? ShareOfWallet,
    AbcClass AbcClass);

/// <summary>The sums over every listed account (not only the page), and the rates of those sums.</summary>
public sealed record PortfolioTotals(
    int Accounts,
    decimal Revenue,
    decimal ContributionMargin,
    decimal? MarginRate,
    decimal? Cagr,
    decimal? LastYearChange,
    decimal? Potential,
    decimal? ShareOfWallet);

/// <summary>
/// <see cref="FiscalYear"/> is the last complete fiscal year; growth is the CAGR over the <see cref="CagrYears"/> years (up to
/// three, fewer when the revenue history is shorter, 0 for none; see <see cref="Growth.CagrSpan"/>)
/// up to it and the change against the year before it. ABC classes are relative to the listed (filtered) accounts, so
/// the A accounts make 80 % of the totals row.
/// </summary>
public sealed record PortfolioRanking(
    int FiscalYear, int CagrYears, string Currency, IReadOnlyList<PortfolioRow> Items, int Total, PortfolioTotals Totals);

/// <summary>
/// Ranks the accounts the user may see. Revenue is summed per account and year in the database; the rates, ABC
/// classes and sort are computed in memory over the few numbers per account, which stays fast for 10,000 accounts.
/// </summary>
public sealed class ListPortfolioHandler(KeyplanDbContext db, TimeProvider clock)
{
    public async Task<Result<PortfolioRanking>> HandleAsync(PortfolioQuery query, CurrentUser user, CancellationToken cancellationToken)
    {
        if (RequestValidation.Validate(query) is { } invalid)
        {
            return invalid;
        }

        var settings = await db.OrganisationSettings.AsNoTracking()
            .Select(s => new { s.FiscalYearStartMonth, s.Currency }).FirstOrDefaultAsync(cancellationToken);
        var currency = settings?.Currency ?? OrganisationSettings.DefaultCurrency;
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var year = FiscalYears.Of(today, settings?.FiscalYearStartMonth ?? 1) - 1;
        var accounts = db.Accounts.AsNoTracking().VisibleTo(user).FilteredBy(query.BusinessAreaId, query.Industry, query.Country, query.IsKeyAccount);
        var listed = await accounts
            .Select(a => new { a.Id, a.Name, BusinessArea = a.BusinessArea!.Name, a.Industry, a.Country, a.IsKeyAccount, a.Currency })
            .ToListAsync(cancellationToken);

        // One row per account with the sums of the years the figures need (the fiscal year and up to three before it),
        // grouped in the database; the CAGR's first year is chosen afterwards, from the history the accounts have.
        var oldest = year - Growth.MaxCagrYears;
        var sums = await accounts.SelectMany(a => a.Revenue)
            .Where(r => r.Year >= oldest && r.Year <= year)
            .GroupBy(r => r.AccountId)
            .Select(g => new
            {
                AccountId = g.Key,
                Earliest = g.Min(r => r.Year),
                Revenue = g.Sum(r => r.Year == year ? (double)r.Revenue : 0),
                Margin = g.Sum(r => r.Year == year ? (double)r.ContributionMargin : 0),
                Previous = g.Sum(r => r.Year == year - 1 ? (double)r.Revenue : 0),
                TwoBefore = g.Sum(r => r.Year == year - 2 ? (double)r.Revenue : 0),
                ThreeBefore = g.Sum(r => r.Year == oldest ? (double)r.Revenue : 0),
            })
            .ToListAsync(cancellationToken);
        var cagrYears = Growth.CagrSpan(year, sums.Count == 0 ? null : sums.Min(r => r.Earliest));
        var revenue = sums.ToDictionary(r => r.AccountId, r => new YearSums(Cents(r.Revenue), Cents(r.Margin), Cents(r.Previous), Cents(cagrYears switch
        {
            1 => r.Previous,
            2 => r.TwoBefore,
            3 => r.ThreeBefore,
            _ => 0,
        })));
        var plans = await CurrentPlanFigures.ForAsync(db, accounts, today, year, cancellationToken);

        var classes = AbcAnalysis.Classify(listed.Select(a => (a.Id, revenue.GetValueOrDefault(a.Id).Revenue)));
        var rows = listed.Select(a =>
        {
            var sums = revenue.GetValueOrDefault(a.Id);
            var plan = plans.GetValueOrDefault(a.Id);
            return new PortfolioRow(
                a.Id, a.Name, a.BusinessArea, a.Industry, a.Country, a.IsKeyAccount, a.Currency ?? currency,
                sums.Revenue, sums.Margin, MarginRate.Of(sums.Revenue, sums.Margin),
                Growth.CagrOver(sums.First, sums.Revenue, cagrYears), Growth.Change(sums.Previous, sums.Revenue),
                plan?.Potential, plan?.PurchaseVolume, ShareOfWallet.Of(sums.Revenue, plan?.PurchaseVolume), classes[a.Id]);
        }).ToList();

        var items = PortfolioSorting.Sort(rows, query.Sort, query.Descending)
            .Skip((int)Math.Min(int.MaxValue, ((long)query.Page - 1) * query.PageSize))
            .Take(query.PageSize)
            .ToList();
        var totals = Totals(rows, revenue.Values.Sum(r => r.First), revenue.Values.Sum(r => r.Previous), cagrYears);
        return new PortfolioRanking(year, cagrYears, currency, items, rows.Count, totals);
    }

    /// <summary>
    /// The sums come from the database as doubles: SQLite stores decimals as text and sums them only through a
    /// function EF Core adds in .NET, row by row, which made the ranking of 10,000 accounts several times slower.
    /// A double holds any sum below 90 trillion to well within a cent, so rounding to cents gives the exact decimal.
    /// </summary>
    /// <summary>An account's revenue and margin in the last complete fiscal year, and its revenue the year before and at the start of the CAGR.</summary>
    private readonly record struct YearSums(decimal Revenue, decimal Margin, decimal Previous, decimal First);

    private static decimal Cents(double amount) => Math.Round((decimal)amount, 2);

    private static PortfolioTotals Totals(List<PortfolioRow> rows, decimal firstYearRevenue, decimal previousYearRevenue, int cagrYears)
    {
        var revenue = rows.Sum(r => r.Revenue);
        var margin = rows.Sum(r => r.ContributionMargin);
        var withPotential = rows.Where(r => r.Potential is not null).ToList();
        // Share of wallet only over the accounts whose purchase volume is known, else it would understate.
        var withVolume = rows.Where(r => r.PurchaseVolume is > 0).ToList();
        return new PortfolioTotals(
            rows.Count, revenue, margin, MarginRate.Of(revenue, margin),
            Growth.CagrOver(firstYearRevenue, revenue, cagrYears), Growth.Change(previousYearRevenue, revenue),
            withPotential.Count == 0 ? null : withPotential.Sum(r => r.Potential!.Value),
            withVolume.Count == 0 ? null : ShareOfWallet.Of(withVolume.Sum(r => r.Revenue), withVolume.Sum(r => r.PurchaseVolume!.Value)));
    }
}
