using System.Globalization;
using Keyplan.Core.Identity;
using Keyplan.Core.Organisation;
using Keyplan.Core.Selection;
using Keyplan.Web.Auth;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace Keyplan.Web.Selection;

/// <summary>The selection matrix; the business area and the threshold are in the URL, so a shared link shows the same matrix.</summary>
public sealed partial class MatrixPage
{
    private MatrixDetails? _matrix;
    private List<LookupItem<int>> _businessAreas = [];
    private string? _message;
    private CurrentUser _user = default!;

    [SupplyParameterFromQuery(Name = "area")]
    private int? Area { get; set; }

    [SupplyParameterFromQuery(Name = "threshold")]
    private decimal? Threshold { get; set; }

    [Inject]
    private IServiceScopeFactory Scopes { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    protected override async Task OnParametersSetAsync()
    {
        _user = (await AuthenticationState).User.ToCurrentUser();
        await using var scope = Scopes.CreateAsyncScope();
        if (_businessAreas.Count == 0)
        {
            _businessAreas = await scope.ServiceProvider.GetRequiredService<LookupsHandler>().BusinessAreasAsync(CancellationToken.None);
        }

        var result = await scope.ServiceProvider.GetRequiredService<GetMatrixHandler>()
            .HandleAsync(Threshold, Area, _user, CancellationToken.None);
        _message = result.Failure is null ? null : L["Matrix.ThresholdInvalid"].Value;
        _matrix = result.Value ?? _matrix;
    }

    private Task NavigateAsync(int? area, decimal? threshold)
    {
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameters(new Dictionary<string, object?>
        {
            ["area"] = area,
            ["threshold"] = threshold == MatrixScoring.DefaultThreshold ? null : threshold?.ToString(CultureInfo.InvariantCulture),
        }), replace: true);
        return Task.CompletedTask;
    }

    private static int? ParseInt(object? value) =>
        int.TryParse(value as string, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : null;

    // A number input always reports its value with a decimal point, whatever the page's language.
    private static decimal? ParseDecimal(object? value) =>
        decimal.TryParse(value as string, NumberStyles.Number, CultureInfo.InvariantCulture, out var number) ? number : null;
}
