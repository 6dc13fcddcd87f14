using Keyplan.Core.Accounts;

namespace Keyplan.Web.Accounts;

/// <summary>
/// What the accounts list shows — search, filters, sort and page — as it lives in the URL, so that reloading the page
/// and the browser's back button keep it. Defaults are left out of the URL.
/// </summary>
public sealed record AccountListState
{
    public const int DefaultPageSize = 25;
    public static readonly IReadOnlyList<int> PageSizes = [25, 50, 100];

    /// <summary>The query-string names; short, because people share these links.</summary>
    public static class Keys
    {
        public const string Search = "q";
        public const string BusinessArea = "area";
        public const string Industry = "industry";
        public const string Country = "country";
        public const string KeyAccountManager = "kam";
        public const string KeyAccount = "key";
        public const string Sort = "sort";
        public const string Descending = "desc";
        public const string Page = "page";
        public const string PageSize = "size";
    }

    public string? Search { get; init; }
    public int? BusinessAreaId { get; init; }
    public string? Industry { get; init; }
    public string? Country { get; init; }
    public string? KeyAccountManagerId { get; init; }
    public bool? IsKeyAccount { get; init; }
    public AccountSort Sort { get; init; } = AccountSort.Name;
    public bool Descending { get; init; }

    /// <summary>1-based, as people count pages.</summary>
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = DefaultPageSize;

    /// <summary>Reads the query-string values, tolerating anything a hand-edited URL may hold.</summary>
    public static AccountListState From(
        string? search, int? businessAreaId, string? industry, string? country, string? keyAccountManagerId,
        bool? isKeyAccount, string? sort, bool? descending, int? page, int? pageSize) => new()
        {
            Search = Blank(search),
            BusinessAreaId = businessAreaId,
            Industry = Blank(industry),
            Country = Blank(country),
            KeyAccountManagerId = Blank(keyAccountManagerId),
            IsKeyAccount = isKeyAccount,
            Sort = Enum.TryParse<AccountSort>(sort, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed : AccountSort.Name,
            Descending = descending ?? false,
            Page = page is > 0 ? page.Value : 1,
            PageSize = pageSize is { } size && PageSizes.Contains(size) ? size : DefaultPageSize,
        };

    public ListAccountsQuery ToQuery() => new()
    {
        Search = Search,
        BusinessAreaId = BusinessAreaId,
        Industry = Industry,
        Country = Country,
        KeyAccountManagerId = KeyAccountManagerId,
        IsKeyAccount = IsKeyAccount,
        Sort = Sort,
        Descending = Descending,
        Skip = (int)Math.Min(int.MaxValue, ((long)Page - 1) * PageSize),
        Take = PageSize,
    };

    /// <summary>For NavigationManager.GetUriWithQueryParameters: null removes a parameter from the URL.</summary>
    public IReadOnlyDictionary<string, object?> ToQueryParameters() => new Dictionary<string, object?>
    {
        [Keys.Search] = Search,
        [Keys.BusinessArea] = BusinessAreaId,
        [Keys.Industry] = Industry,
        [Keys.Country] = Country,
        [Keys.KeyAccountManager] = KeyAccountManagerId,
        // Booleans as lower-case text: GetUriWithQueryParameters would write "True".
        [Keys.KeyAccount] = IsKeyAccount switch { true => "true", false => "false", null => null },
        [Keys.Sort] = Sort == AccountSort.Name ? null : Sort.ToString(),
        [Keys.Descending] = Descending ? "true" : null,
        [Keys.Page] = Page == 1 ? null : Page,
        [Keys.PageSize] = PageSize == DefaultPageSize ? null : PageSize,
    };

    /// <summary>A changed search or filter starts again at the first page.</summary>
    public AccountListState WithFilter(Func<AccountListState, AccountListState> change) => change(this) with { Page = 1 };

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
