using System.Globalization;
using Keyplan.Core;
using Keyplan.Core.Dashboards;
using Keyplan.Core.Identity;
using Keyplan.Web.Auth;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace Keyplan.Web.Dashboards;

public sealed partial class RolloutPage
{
    private RolloutView? _view;
    private bool _forbidden;
    private bool _editing;
    private RolloutFormModel? _form;
    private Dictionary<string, string[]> _errors = [];
    private string? _message;
    private CurrentUser _user = default!;

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

    private DateOnly Today => DateOnly.FromDateTime(Clock.GetLocalNow().DateTime);

    protected override async Task OnParametersSetAsync()
    {
        _user = (await AuthenticationState).User.ToCurrentUser();
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        await using var scope = Scopes.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<RolloutHandler>().GetAsync(new DashboardQuery(Year, BusinessAreaId), _user, CancellationToken.None);
        _forbidden = result.Failure is Failure.Forbidden;
        _view = result.Value;
    }

    private void StartEditing()
    {
        _form = RolloutFormModel.From(_view!);
        _errors = [];
        _message = null;
        _editing = true;
    }

    private async Task SaveAsync()
    {
        await using (var scope = Scopes.CreateAsyncScope())
        {
            var result = await scope.ServiceProvider.GetRequiredService<RolloutHandler>().UpdateAsync(_form!.ToInput(), _form.Version, _user, CancellationToken.None);
            _errors = result.Failure is Failure.Invalid invalid ? invalid.Errors.ToDictionary(e => e.Key, e => e.Value) : [];
            _message = result.Failure switch
            {
                null => null,
                Failure.Invalid => L["Reviews.Invalid"].Value,
                Failure.Stale => L["Rollout.Stale"].Value,
                _ => L["Common.Forbidden"].Value,
            };
            if (!result.Succeeded)
            {
                return;
            }
        }

        _editing = false;
        await LoadAsync();
    }

    private static RenderFragment Tile(decimal? share, string label) => builder =>
    {
        builder.OpenElement(0, "div");
        builder.AddAttribute(1, "class", "kp-tile");
        builder.AddAttribute(2, "role", "listitem");
        builder.OpenElement(3, "span");
        builder.AddAttribute(4, "class", "kp-tile-value");
        builder.AddContent(5, share?.ToString("P0", CultureInfo.CurrentCulture) ?? "–");
        builder.CloseElement();
        builder.OpenElement(6, "span");
        builder.AddContent(7, label);
        builder.CloseElement();
        builder.CloseElement();
    };
}
