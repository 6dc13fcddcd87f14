using Keyplan.Core;
using Keyplan.Core.Accounts;
using Keyplan.Core.Identity;
using Keyplan.Core.Organisation;
using Keyplan.Web.Auth;
using Keyplan.Web.Components;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Radzen;

namespace Keyplan.Web.Accounts;

public sealed partial class AccountsListPage : IDisposable
{
    private const int SearchDelayMilliseconds = 300;

    // The grid keeps its own sort state. When the URL changes from outside (first load, back button, a link) the grid is
    // rebuilt with the URL's sort; when the grid itself changed the sort, it already shows it.
    private int _gridKey;
    private AccountListState _state = new();
    private AccountListState? _navigatingTo;
    private CurrentUser _user = default!;
    private bool _canCreate;
    private IReadOnlyList<AccountListItem> _items = [];
    private int _total;
    private bool _loading;
    private string? _error;
    private string? _searchText;
    private readonly LatestLoad _load = new();
    private CancellationTokenSource? _searchDelay;
    private List<LookupItem<int>> _businessAreas = [];
    private List<string> _industries = [];
    private List<string> _countries = [];
    private List<UserOption> _managers = [];

    [Inject]
    private IServiceScopeFactory Scopes { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    [SupplyParameterFromQuery(Name = AccountListState.Keys.Search)]
    private string? Search { get; set; }

    [SupplyParameterFromQuery(Name = AccountListState.Keys.BusinessArea)]
    private int? BusinessAreaId { get; set; }

    [SupplyParameterFromQuery(Name = AccountListState.Keys.Industry)]
    private string? Industry { get; set; }

    [SupplyParameterFromQuery(Name = AccountListState.Keys.Country)]
    private string? Country { get; set; }

    [SupplyParameterFromQuery(Name = AccountListState.Keys.KeyAccountManager)]
    private string? KeyAccountManagerId { get; set; }

    [SupplyParameterFromQuery(Name = AccountListState.Keys.KeyAccount)]
    private bool? IsKeyAccount { get; set; }

    [SupplyParameterFromQuery(Name = AccountListState.Keys.Sort)]
    private string? Sort { get; set; }

    [SupplyParameterFromQuery(Name = AccountListState.Keys.Descending)]
    private bool? Descending { get; set; }

    [SupplyParameterFromQuery(Name = AccountListState.Keys.Page)]
    private int? PageNumber { get; set; }

    [SupplyParameterFromQuery(Name = AccountListState.Keys.PageSize)]
    private int? PageSize { get; set; }

    private bool HasFilters => _state.Search is not null || _state.BusinessAreaId is not null || _state.Industry is not null
        || _state.Country is not null || _state.KeyAccountManagerId is not null || _state.IsKeyAccount is not null;

    private string KeyAccountValue => FilterValues.Of(_state.IsKeyAccount);

    protected override async Task OnInitializedAsync()
    {
        _user = (await AuthenticationState).User.ToCurrentUser();
        _canCreate = AccountAccess.CanCreate(_user);
        await using var scope = Scopes.CreateAsyncScope();
        var lookups = scope.ServiceProvider.GetRequiredService<LookupsHandler>();
        _businessAreas = await lookups.BusinessAreasAsync(CancellationToken.None);
        _industries = await lookups.IndustriesAsync(_user, CancellationToken.None);
        _countries = await lookups.CountriesAsync(_user, CancellationToken.None);
        _managers = await lookups.UsersInRoleAsync(Roles.KeyAccountManager, CancellationToken.None);
    }

    protected override async Task OnParametersSetAsync()
    {
        var state = AccountListState.From(Search, BusinessAreaId, Industry, Country, KeyAccountManagerId, IsKeyAccount, Sort, Descending, PageNumber, PageSize);
        if (state != _navigatingTo)
        {
            _gridKey++;
            _searchText = state.Search;
        }

        _navigatingTo = null;
        _state = state;
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        var cancellationToken = await _load.StartAsync();
        _loading = true;
        try
        {
            // Blazor keeps scoped services for the whole circuit; each load gets its own DbContext so overlapping
            // loads never share one.
            await using var scope = Scopes.CreateAsyncScope();
            var result = await scope.ServiceProvider.GetRequiredService<ListAccountsHandler>()
                .HandleAsync(_state.ToQuery(), _user, cancellationToken);
            if (cancellationToken.IsCancellationRequested)
            {
                return;
            }

            _error = result.Failure is Failure.Invalid ? L["Accounts.InvalidSearch"].Value : null;
            _items = result.Value?.Items ?? [];
            _total = result.Value?.Total ?? 0;
            _loading = false;

            // A page past the end (fewer results than before, or an old link) shows the last page instead.
            if (_items.Count == 0 && _total > 0 && _state.Page > 1)
            {
                var lastPage = (_total + _state.PageSize - 1) / _state.PageSize;
                await NavigateAsync(_state with { Page = lastPage }, replace: true);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Superseded by a newer load.
        }
    }

    private Task NavigateAsync(AccountListState state) => NavigateAsync(state, replace: false);

    private Task NavigateAsync(AccountListState state, bool replace)
    {
        if (state == _state)
        {
            return Task.CompletedTask;
        }

        _navigatingTo = state;
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameters(state.ToQueryParameters()), replace: replace);
        return Task.CompletedTask;
    }

    private Task FilterAsync(Func<AccountListState, AccountListState> change) => NavigateAsync(_state.WithFilter(change));

    private Task ClearFiltersAsync()
    {
        _searchText = null;
        return NavigateAsync(new AccountListState { Sort = _state.Sort, Descending = _state.Descending, PageSize = _state.PageSize });
    }

    private async Task OnSearchInputAsync(ChangeEventArgs args)
    {
        _searchText = args.Value as string;
        if (_searchDelay is not null)
        {
            await _searchDelay.CancelAsync();
            _searchDelay.Dispose();
        }

        _searchDelay = new CancellationTokenSource();
        try
        {
            await Task.Delay(SearchDelayMilliseconds, _searchDelay.Token);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        // Typing replaces the history entry, so that back leaves the list rather than undoing one letter at a time.
        var search = string.IsNullOrWhiteSpace(_searchText) ? null : _searchText.Trim();
        await NavigateAsync(_state.WithFilter(s => s with { Search = search }), replace: _state.Search is not null && search is not null);
    }

    /// <summary>The grid asks for data when the user sorts; the new sort goes to the URL, which loads the data.</summary>
    private Task OnGridLoadDataAsync(LoadDataArgs args)
    {
        var sort = args.Sorts?.FirstOrDefault(s => s.SortOrder is not null);
        var state = sort is null
            ? _state with { Sort = AccountSort.Name, Descending = false }
            : _state with { Sort = SortOf(sort.Property ?? string.Empty), Descending = sort.SortOrder == SortOrder.Descending };
        return NavigateAsync(state with { Page = 1 });
    }

    private SortOrder? SortOrderOf(AccountSort sort) =>
        _state.Sort != sort ? null : _state.Descending ? SortOrder.Descending : SortOrder.Ascending;

    private static AccountSort SortOf(string property) => property switch
    {
        nameof(AccountListItem.AccountNumber) => AccountSort.AccountNumber,
        nameof(AccountListItem.Industry) => AccountSort.Industry,
        nameof(AccountListItem.Country) => AccountSort.Country,
        nameof(AccountListItem.City) => AccountSort.City,
        nameof(AccountListItem.BusinessAreaName) => AccountSort.BusinessArea,
        nameof(AccountListItem.KeyAccountManagerName) => AccountSort.KeyAccountManager,
        nameof(AccountListItem.Employees) => AccountSort.Employees,
        nameof(AccountListItem.AnnualRevenue) => AccountSort.AnnualRevenue,
        nameof(AccountListItem.IsKeyAccount) => AccountSort.IsKeyAccount,
        _ => AccountSort.Name,
    };

    public void Dispose()
    {
        _load.Dispose();
        _searchDelay?.Cancel();
        _searchDelay?.Dispose();
    }
}
