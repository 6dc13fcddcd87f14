using Keyplan.Core;
using Keyplan.Core.Accounts;
using Keyplan.Core.Data;
using Keyplan.Core.Identity;
using Keyplan.Core.Organisation;
using Keyplan.Core.Plans;
using Keyplan.Core.Plans.Templates;
using Keyplan.Web.Auth;
using Keyplan.Web.Components;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.EntityFrameworkCore;

namespace Keyplan.Web.Plans;

/// <summary>Creates a plan for an account: a fiscal year or a date range, a template, language, interval, owner.</summary>
public sealed partial class PlanCreatePage : IDisposable
{
    private readonly CreatePlanRequest _input = new();
    private EditContext? _editContext;
    private ServerValidation? _validation;
    private AccountDetails? _account;
    private List<UserOption> _managers = [];
    private IReadOnlyList<TemplateListItem> _templates = [];
    private CurrentUser _user = default!;
    private bool _customPeriod;
    private bool _notFound;
    private bool _saving;
    private string? _message;

    [SupplyParameterFromQuery(Name = "accountId")]
    private int? AccountId { get; set; }

    [Inject]
    private IServiceScopeFactory Scopes { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        _user = (await AuthenticationState).User.ToCurrentUser();
        await using var scope = Scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        _account = AccountId is { } id ? (await services.GetRequiredService<GetAccountHandler>().HandleAsync(id, _user, CancellationToken.None)).Value : null;
        if (_account is null)
        {
            _notFound = true;
            Navigation.NotFound();
            return;
        }

        _templates = await services.GetRequiredService<ListTemplatesHandler>().HandleAsync(_user, CancellationToken.None);
        _managers = await services.GetRequiredService<LookupsHandler>().UsersInRoleAsync(Roles.KeyAccountManager, CancellationToken.None);
        var startMonth = await services.GetRequiredService<KeyplanDbContext>().OrganisationSettings
            .Select(s => (int?)s.FiscalYearStartMonth).FirstOrDefaultAsync(CancellationToken.None) ?? 1;
        var today = DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime);
        _input.AccountId = _account.Id;
        _input.FiscalYear = today.Month >= startMonth ? today.Year : today.Year - 1;
        _input.Language = PlanText.LanguageOf(_account.Country);
        _input.ReviewIntervalMonths = Plan.DefaultReviewIntervalMonths;
        _input.TemplateId = BuiltInTemplates.FullId;
        _input.OwnerId = _account.KeyAccountManagerId ?? (_managers.Any(m => m.Id == _user.Id) ? _user.Id : _managers.FirstOrDefault()?.Id);
        _editContext = new EditContext(_input);
        _validation = new ServerValidation(_editContext);
    }

    private async Task CreateAsync()
    {
        _saving = true;
        _message = null;
        try
        {
            // Only the chosen kind of period goes to the server.
            var request = new CreatePlanRequest
            {
                AccountId = _input.AccountId,
                FiscalYear = _customPeriod ? null : _input.FiscalYear,
                PeriodStart = _customPeriod ? _input.PeriodStart : null,
                PeriodEnd = _customPeriod ? _input.PeriodEnd : null,
                TemplateId = _input.TemplateId,
                Language = _input.Language,
                ReviewIntervalMonths = _input.ReviewIntervalMonths,
                OwnerId = _input.OwnerId,
            };
            await using var scope = Scopes.CreateAsyncScope();
            var result = await scope.ServiceProvider.GetRequiredService<CreatePlanHandler>().HandleAsync(request, _user, CancellationToken.None);
            switch (result.Failure)
            {
                case null:
                    Navigation.NavigateTo($"plans/{result.Value!.Id}");
                    break;
                case Failure.Invalid invalid:
                    _validation!.Show(invalid);
                    break;
                case Failure.Forbidden:
                    _message = L["Common.Forbidden"];
                    break;
                default:
                    _message = L["Common.Unexpected"];
                    break;
            }
        }
        finally
        {
            _saving = false;
        }
    }

    public void Dispose() => _validation?.Dispose();
}
