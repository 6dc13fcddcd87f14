using Keyplan.Core.Accounts;

namespace Keyplan.Web.Accounts;

/// <summary>The query string of GET /api/accounts; everything is optional and falls back to the list's defaults.</summary>
internal sealed record AccountListParameters(
    string? Search,
    int? BusinessAreaId,
    string? Industry,
    string? Country,
    string? KeyAccountManagerId,
    bool? IsKeyAccount,
    AccountSort? Sort,
    bool? Descending,
    int? Skip,
    int? Take)
{
    public ListAccountsQuery ToQuery()
    {
        var defaults = new ListAccountsQuery();
        return new ListAccountsQuery
        {
            Search = Search,
            BusinessAreaId = BusinessAreaId,
            Industry = Industry,
            Country = Country,
            KeyAccountManagerId = KeyAccountManagerId,
            IsKeyAccount = IsKeyAccount,
            Sort = Sort ?? defaults.Sort,
            Descending = Descending ?? defaults.Descending,
            Skip = Skip ?? defaults.Skip,
            Take = Take ?? defaults.Take,
        };
    }
}
