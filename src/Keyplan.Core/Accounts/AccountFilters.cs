namespace Keyplan.Core.Accounts;

/// <summary>The filters the account lists share (accounts list, portfolio ranking); a null or blank value filters nothing.</summary>
public static class AccountFilters
{
    public static IQueryable<Account> FilteredBy(
        this IQueryable<Account> accounts, int? businessAreaId, string? industry, string? country, bool? isKeyAccount)
    {
        if (businessAreaId is { } areaId)
        {
            accounts = accounts.Where(a => a.BusinessAreaId == areaId);
        }

        if (!string.IsNullOrWhiteSpace(industry))
        {
            accounts = accounts.Where(a => a.Industry == industry);
        }

        if (!string.IsNullOrWhiteSpace(country))
        {
            var code = country.ToUpperInvariant();
            accounts = accounts.Where(a => a.Country == code);
        }

        if (isKeyAccount is { } keyAccount)
        {
            accounts = accounts.Where(a => a.IsKeyAccount == keyAccount);
        }

        return accounts;
    }
}
