using Keyplan.Core;
using Keyplan.Core.Identity;
using Keyplan.Core.Organisation;
using Keyplan.Core.Selection;
using Microsoft.AspNetCore.Components;
using Radzen;

namespace Keyplan.Web.Selection;

/// <summary>The account's key-account status: nominate or revoke (leadership only) and the history of decisions.</summary>
public sealed partial class AccountNominationPanel
{
    private NominationsDetails? _details;
    private List<UserOption> _kams = [];
    private NominationReason? _reason;
    private string? _kamId;
    private string? _comment;
    private string? _message;
    private bool _saving;

    [Parameter, EditorRequired]
    public int AccountId { get; set; }

    [Parameter, EditorRequired]
    public CurrentUser User { get; set; } = default!;

    /// <summary>Lets the account page refresh its badge and version after a decision.</summary>
    [Parameter]
    public EventCallback Changed { get; set; }

    [Inject]
    private IServiceScopeFactory Scopes { get; set; } = default!;

    [Inject]
    private NotificationService Notifications { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        await using var scope = Scopes.CreateAsyncScope();
        _kams = await scope.ServiceProvider.GetRequiredService<LookupsHandler>().UsersInRoleAsync(Roles.KeyAccountManager, CancellationToken.None);
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        await using var scope = Scopes.CreateAsyncScope();
        _details = (await scope.ServiceProvider.GetRequiredService<GetNominationsHandler>().HandleAsync(AccountId, User, CancellationToken.None)).Value;
        _kamId ??= _details?.KeyAccountManagerId;
    }

    private Task NominateAsync() => DecideAsync(async services =>
        await services.GetRequiredService<NominateAccountHandler>().HandleAsync(AccountId, _details!.Version,
            new NominateInput { Reason = _reason, KeyAccountManagerId = _kamId, Comment = _comment }, User, CancellationToken.None),
        "Nomination.Saved");

    private Task RevokeAsync() => DecideAsync(async services =>
        await services.GetRequiredService<RevokeNominationHandler>().HandleAsync(AccountId, _details!.Version,
            new RevokeInput { Comment = _comment }, User, CancellationToken.None),
        "Nomination.RevokedSaved");

    private async Task DecideAsync(Func<IServiceProvider, Task<Result<NominationsDetails>>> decide, string savedKey)
    {
        _saving = true;
        try
        {
            await using var scope = Scopes.CreateAsyncScope();
            var result = await decide(scope.ServiceProvider);
            switch (result.Failure)
            {
                case null:
                    _details = result.Value;
                    _message = null;
                    _reason = null;
                    _comment = null;
                    Notifications.Notify(NotificationSeverity.Success, L[savedKey]);
                    await Changed.InvokeAsync();
                    break;
                case Failure.Stale:
                    // Someone changed the account meanwhile: show the current state before the user decides again.
                    _message = L["Nomination.Stale"];
                    await LoadAsync();
                    break;
                case Failure.Forbidden:
                    _message = L["Common.Forbidden"];
                    break;
                case Failure.Invalid invalid:
                    _message = string.Join(" ", invalid.Errors.SelectMany(e => e.Value));
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
}
