using System.Globalization;
using Keyplan.Core.Identity;
using Keyplan.Core.Organisation;
using Keyplan.Core.Portfolio;
using Keyplan.Web.Accounts;
using Keyplan.Web.Auth;
using Keyplan.Web.Components;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Radzen;

namespace Keyplan.Web.Portfolio;

public sealed partial class PortfolioPage : IDisposable
{
    // As in the accounts list: the grid keeps its own sort state and is rebuilt only when the URL changes from outside.
    private int _gridKey;
    private PortfolioListState _state = new();
    private PortfolioListState? _navigatingTo;
    private CurrentUser _user = default!;
    private IReadOnlyList<PortfolioRow> _items = [];
    private PortfolioTotals? _totals;
    private int _total;
    private int _fiscalYear;
    private int _cagrYears = Growth.MaxCagrYears;
    private string _currency = OrganisationSettings.DefaultCurrency;
    private bool _loading;
    private readonly LatestLoad _load = new();
    private List<LookupItem<int>> _businessAreas = [];
    private List<string> _industries = [];
    private List<string> _countries = [];

    [Inject]
    private IServiceScopeFactory Scopes { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    [SupplyParameterFromQuery(Name = AccountListState.Keys.BusinessArea)]
    private int? BusinessAreaId { get; set; }

    [SupplyParameterFromQuery(Name = AccountListState.Keys.Industry)]
    private string? Industry { get; set; }

    [SupplyParameterFromQuery(Name = AccountListState.Keys.Country)]
    private string? Country { get; set; }

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

    protected override async Task OnInitializedAsync()
    {
        _user = (await AuthenticationState).User.ToCurrentUser();
        await using var scope = Scopes.CreateAsyncScope();
        var lookups = scope.ServiceProvider.GetRequiredService<LookupsHandler>();
        _businessAreas = await lookups.BusinessAreasAsync(CancellationToken.None);
        _industries = await lookups.IndustriesAsync(_user, CancellationToken.None);
        _countries = await lookups.CountriesAsync(_user, CancellationToken.None);
    }

    protected override async Task OnParametersSetAsync()
    {
        var state = PortfolioListState.From(BusinessAreaId, Industry, Country, IsKeyAccount, Sort, Descending, PageNumber, PageSize);
        if (state != _navigatingTo)
        {
            _gridKey++;
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
            // Each load gets its own DbContext so overlapping loads never share one.
            await using var scope = Scopes.CreateAsyncScope();
            var result = await scope.ServiceProvider.GetRequiredService<ListPortfolioHandler>()
                .HandleAsync(_state.ToQuery(), _user, cancellationToken);
            if (cancellationToken.IsCancellationRequested || result.Value is not { } page)
            {
                return;
            }

            (_items, _total, _totals, _fiscalYear, _cagrYears, _currency) = (page.Items, page.Total, page.Totals, page.FiscalYear, page.CagrYears, page.Currency);
            _loading = false;

            // A page past the end (fewer results than before, or an old link) shows the last page instead.
            if (_items.Count == 0 && _total > 0 && _state.Page > 1)
            {
                await NavigateAsync(_state with { Page = (_total + _state.PageSize - 1) / _state.PageSize }, replace: true);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Superseded by a newer load.
        }
    }

    private Task NavigateAsync(PortfolioListState state) => NavigateAsync(state, replace: false);

    private Task NavigateAsync(PortfolioListState state, bool replace)
    {
        if (state == _state)
        {
            return Task.CompletedTask;
        }

        _navigatingTo = state;
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameters(state.ToQueryParameters()), replace: replace);
        return Task.CompletedTask;
    }

    private Task FilterAsync(Func<PortfolioListState, PortfolioListState> change) => NavigateAsync(_state.WithFilter(change));

    private Task ClearFiltersAsync() =>
        NavigateAsync(new PortfolioListState { Sort = _state.Sort, Descending = _state.Descending, PageSize = _state.PageSize });

    /// <summary>The grid asks for data when the user sorts; the new sort goes to the URL, which loads the data.</summary>
    private Task OnGridLoadDataAsync(LoadDataArgs args)
    {
        var sort = args.Sorts?.FirstOrDefault(s => s.SortOrder is not null);
        var defaults = new PortfolioQuery();
        var state = sort is null
            ? _state with { Sort = defaults.Sort, Descending = defaults.Descending }
            : _state with { Sort = SortOf(sort.Property ?? string.Empty), Descending = sort.SortOrder == SortOrder.Descending };
        return NavigateAsync(state with { Page = 1 });
    }

    private SortOrder? SortOrderOf(PortfolioSort sort) =>
        _state.Sort != sort ? null : _state.Descending ? SortOrder.Descending : SortOrder.Ascending;

    private static PortfolioSort SortOf(string property) => property switch
    {
        nameof(PortfolioRow.BusinessAreaName) => PortfolioSort.BusinessArea,
        nameof(PortfolioRow.Industry) => PortfolioSort.Industry,
        nameof(PortfolioRow.Country) => PortfolioSort.Country,
        nameof(PortfolioRow.IsKeyAccount) => PortfolioSort.IsKeyAccount,
        nameof(PortfolioRow.Revenue) => PortfolioSort.Revenue,
        nameof(PortfolioRow.ContributionMargin) => PortfolioSort.ContributionMargin,
        nameof(PortfolioRow.MarginRate) => PortfolioSort.MarginRate,
        nameof(PortfolioRow.Cagr) => PortfolioSort.Cagr,
        nameof(PortfolioRow.LastYearChange) => PortfolioSort.LastYearChange,
        nameof(PortfolioRow.Potential) => PortfolioSort.Potential,
        nameof(PortfolioRow.ShareOfWallet) => PortfolioSort.ShareOfWallet,
        nameof(PortfolioRow.AbcClass) => PortfolioSort.AbcClass,
        _ => PortfolioSort.Name,
    };

    private string? Total(Func<PortfolioTotals, decimal> amount) => _totals is null ? null : Money.Format(amount(_totals), _currency);

    private static string? Percent(decimal? rate) => rate?.ToString("P1", CultureInfo.CurrentCulture);

    private static string AbcShare(decimal share) => share.ToString("P0", CultureInfo.CurrentCulture);

    public void Dispose()
    {
        _load.Dispose();
    }
}
