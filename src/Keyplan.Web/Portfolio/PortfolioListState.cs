using Keyplan.Core.Portfolio;
using Keyplan.Web.Accounts;

namespace Keyplan.Web.Portfolio;

/// <summary>
/// What the portfolio ranking shows — filters, sort and page — as it lives in the URL, with the same query-string names
/// as the accounts list. Defaults (highest revenue first, page 1) are left out of the URL.
/// </summary>
public sealed record PortfolioListState
{
    private static readonly PortfolioQuery Defaults = new();

    public int? BusinessAreaId { get; init; }
    public string? Industry { get; init; }
    public string? Country { get; init; }
    public bool? IsKeyAccount { get; init; }
    public PortfolioSort Sort { get; init; } = Defaults.Sort;
    public bool Descending { get; init; } = Defaults.Descending;

    /// <summary>1-based, as people count pages.</summary>
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = AccountListState.DefaultPageSize;

    public bool HasFilters => BusinessAreaId is not null || Industry is not null || Country is not null || IsKeyAccount is not null;

    /// <summary>Reads the query-string values, tolerating anything a hand-edited URL may hold.</summary>
    public static PortfolioListState From(
        int? businessAreaId, string? industry, string? country, bool? isKeyAccount, string? sort, bool? descending, int? page, int? pageSize) => new()
        {
            BusinessAreaId = businessAreaId,
            Industry = Blank(industry),
            Country = Blank(country),
            IsKeyAccount = isKeyAccount,
            Sort = Enum.TryParse<PortfolioSort>(sort, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed : Defaults.Sort,
            Descending = descending ?? Defaults.Descending,
            Page = page is > 0 ? page.Value : 1,
            PageSize = pageSize is { } size && AccountListState.PageSizes.Contains(size) ? size : AccountListState.DefaultPageSize,
        };

    public PortfolioQuery ToQuery() => new()
    {
        BusinessAreaId = BusinessAreaId,
        Industry = Industry,
        Country = Country,
        IsKeyAccount = IsKeyAccount,
        Sort = Sort,
        Descending = Descending,
        Page = Page,
        PageSize = PageSize,
    };

    /// <summary>For NavigationManager.GetUriWithQueryParameters: null removes a parameter from the URL.</summary>
    public IReadOnlyDictionary<string, object?> ToQueryParameters() => new Dictionary<string, object?>
    {
        [AccountListState.Keys.BusinessArea] = BusinessAreaId,
        [AccountListState.Keys.Industry] = Industry,
        [AccountListState.Keys.Country] = Country,
        // Booleans as lower-case text: GetUriWithQueryParameters would write "True".
        [AccountListState.Keys.KeyAccount] = IsKeyAccount switch { true => "true", false => "false", null => null },
        [AccountListState.Keys.Sort] = Sort == Defaults.Sort ? null : Sort.ToString(),
        [AccountListState.Keys.Descending] = Descending == Defaults.Descending ? null : Descending ? "true" : "false",
        [AccountListState.Keys.Page] = Page == 1 ? null : Page,
        [AccountListState.Keys.PageSize] = PageSize == AccountListState.DefaultPageSize ? null : PageSize,
    };

    /// <summary>A changed filter starts again at the first page.</summary>
    public PortfolioListState WithFilter(Func<PortfolioListState, PortfolioListState> change) => change(this) with { Page = 1 };

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
