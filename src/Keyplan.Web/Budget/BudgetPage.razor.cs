using System.Globalization;
using Keyplan.Core.Budget;
using Keyplan.Core.Budget.Export;
using Keyplan.Core.Identity;
using Keyplan.Core.Organisation;
using Keyplan.Web.Auth;
using Keyplan.Web.Components;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace Keyplan.Web.Budget;

/// <summary>The sales budget roll-up (SPEC §3): year and business area in the URL, so a view can be shared and bookmarked.</summary>
public sealed partial class BudgetPage
{
    /// <summary>How many years around the current one the year list offers.</summary>
    private const int YearsBack = 3;
    private const int YearsAhead = 2;

    private CurrentUser _user = default!;
    private SalesBudget? _budget;
    private bool _forbidden;
    private int _year;
    private int _currentYear;
    private List<LookupItem<int>> _businessAreas = [];

    [Inject]
    private IServiceScopeFactory Scopes { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    [SupplyParameterFromQuery(Name = "year")]
    private int? Year { get; set; }

    [SupplyParameterFromQuery(Name = "businessArea")]
    private int? BusinessAreaId { get; set; }

    private IEnumerable<int> Years =>
        Enumerable.Range(_currentYear - YearsBack, YearsBack + YearsAhead + 1).Union([_year]).Order();

    protected override async Task OnInitializedAsync()
    {
        _user = (await AuthenticationState).User.ToCurrentUser();
        _forbidden = !BudgetAccess.CanSee(_user);
        await using var scope = Scopes.CreateAsyncScope();
        _businessAreas = await scope.ServiceProvider.GetRequiredService<LookupsHandler>().BusinessAreasAsync(CancellationToken.None);
    }

    protected override async Task OnParametersSetAsync()
    {
        if (_forbidden)
        {
            return;
        }

        _budget = null;
        await using var scope = Scopes.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<GetSalesBudgetHandler>()
            .HandleAsync(new SalesBudgetQuery { Year = Year, BusinessAreaId = BusinessAreaId }, _user, CancellationToken.None);
        _budget = result.Value;
        _year = _budget?.Year ?? Year ?? 0;
        _currentYear = Year is null && _budget is not null ? _budget.Year : Clock.GetUtcNow().Year;
    }

    private Task NavigateAsync(int? year, int? businessAreaId)
    {
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameters(new Dictionary<string, object?>
        {
            ["year"] = year,
            ["businessArea"] = businessAreaId,
        }));
        return Task.CompletedTask;
    }

    private string ExportUrl(SalesBudgetFormat format)
    {
        var area = BusinessAreaId is { } id ? $"&businessAreaId={id.ToString(CultureInfo.InvariantCulture)}" : string.Empty;
        return $"api/budget/export?year={_year.ToString(CultureInfo.InvariantCulture)}{area}&format={format.ToString().ToLowerInvariant()}";
    }

    private string Amount(decimal amount) => Money.Format(amount, _budget?.Currency ?? OrganisationSettings.DefaultCurrency);

    private static string Percent(decimal? rate, bool signed) => rate is not { } value
        ? "–"
        : signed && value > 0 ? "+" + value.ToString("P1", CultureInfo.CurrentCulture) : value.ToString("P1", CultureInfo.CurrentCulture);
}
