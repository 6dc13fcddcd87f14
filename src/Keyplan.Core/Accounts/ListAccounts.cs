using System.ComponentModel.DataAnnotations;
using Keyplan.Core.Data;
using Keyplan.Core.Identity;
using Keyplan.Core.Organisation;
using Keyplan.Core.Resources;
using Microsoft.EntityFrameworkCore;

namespace Keyplan.Core.Accounts;

public enum AccountSort
{
    Name,
    AccountNumber,
    Industry,
    Country,
    City,
    BusinessArea,
    KeyAccountManager,
    Employees,
    AnnualRevenue,
    IsKeyAccount,
}

/// <summary>Search, filters, sorting and paging of the accounts list (page and GET /api/accounts).</summary>
public sealed record ListAccountsQuery
{
    public const int MaxPageSize = 200;

    [StringLength(200, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxLength))]
    public string? Search { get; init; }
    public int? BusinessAreaId { get; init; }
    public string? Industry { get; init; }
    public string? Country { get; init; }
    public string? KeyAccountManagerId { get; init; }
    public bool? IsKeyAccount { get; init; }
    public AccountSort Sort { get; init; } = AccountSort.Name;
    public bool Descending { get; init; }

    [Range(0, int.MaxValue, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Range))]
    public int Skip { get; init; }

    [Range(1, MaxPageSize, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Range))]
    public int Take { get; init; } = 25;
}

public sealed record AccountListItem(
    int Id,
    string Name,
    string? AccountNumber,
    string? Industry,
    string? Country,
    string? City,
    string BusinessAreaName,
    string? KeyAccountManagerName,
    bool IsKeyAccount,
    int? Employees,
    decimal? AnnualRevenue,
    string Currency);

public sealed record PagedResult<T>(IReadOnlyList<T> Items, int Total);

public sealed class ListAccountsHandler(KeyplanDbContext db)
{
    public async Task<Result<PagedResult<AccountListItem>>> HandleAsync(
        ListAccountsQuery query, CurrentUser user, CancellationToken cancellationToken)
    {
        if (RequestValidation.Validate(query) is { } invalid)
        {
            return invalid;
        }

        var accounts = Filter(db.Accounts.AsNoTracking().VisibleTo(user), query);
        var total = await accounts.CountAsync(cancellationToken);
        var organisationCurrency = await db.OrganisationSettings.AsNoTracking()
            .Select(s => s.Currency).FirstOrDefaultAsync(cancellationToken) ?? OrganisationSettings.DefaultCurrency;
        var items = await Sort(accounts, query)
            .Skip(query.Skip)
            .Take(query.Take)
            .Select(a => new AccountListItem(
                a.Id,
                a.Name,
                a.AccountNumber,
                a.Industry,
                a.Country,
                a.City,
                a.BusinessArea!.Name,
                a.KeyAccountManager == null ? null : a.KeyAccountManager.DisplayName,
                a.IsKeyAccount,
                a.Employees,
                a.AnnualRevenue,
                a.Currency ?? organisationCurrency))
            .ToListAsync(cancellationToken);
        return new PagedResult<AccountListItem>(items, total);
    }

    private static IQueryable<Account> Filter(IQueryable<Account> accounts, ListAccountsQuery query)
    {
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var term = query.Search.Trim().ToLowerInvariant();
            accounts = accounts.Where(a => a.Name.ToLower().Contains(term)
                || (a.AccountNumber != null && a.AccountNumber.ToLower().Contains(term))
                || (a.City != null && a.City.ToLower().Contains(term)));
        }

        if (!string.IsNullOrWhiteSpace(query.KeyAccountManagerId))
        {
            accounts = accounts.Where(a => a.KeyAccountManagerId == query.KeyAccountManagerId);
        }

        return accounts.FilteredBy(query.BusinessAreaId, query.Industry, query.Country, query.IsKeyAccount);
    }

    private static IQueryable<Account> Sort(IQueryable<Account> accounts, ListAccountsQuery query)
    {
        var sorted = query.Sort switch
        {
            AccountSort.AccountNumber => OrderBy(accounts, a => a.AccountNumber, query.Descending),
            AccountSort.Industry => OrderBy(accounts, a => a.Industry, query.Descending),
            AccountSort.Country => OrderBy(accounts, a => a.Country, query.Descending),
            AccountSort.City => OrderBy(accounts, a => a.City, query.Descending),
            AccountSort.BusinessArea => OrderBy(accounts, a => a.BusinessArea!.Name, query.Descending),
            AccountSort.KeyAccountManager => OrderBy(accounts, a => a.KeyAccountManager!.DisplayName, query.Descending),
            AccountSort.Employees => OrderBy(accounts, a => a.Employees, query.Descending),
            AccountSort.AnnualRevenue => OrderBy(accounts, a => a.AnnualRevenue, query.Descending),
            AccountSort.IsKeyAccount => OrderBy(accounts, a => a.IsKeyAccount, query.Descending),
            _ => OrderBy(accounts, a => a.Name, query.Descending),
        };

        // A unique tie-breaker keeps paging stable when many rows share the sort value.
        return sorted.ThenBy(a => a.Id);
    }

    private static IOrderedQueryable<Account> OrderBy<TKey>(
        IQueryable<Account> accounts, System.Linq.Expressions.Expression<Func<Account, TKey>> key, bool descending) =>
        descending ? accounts.OrderByDescending(key) : accounts.OrderBy(key);
}
