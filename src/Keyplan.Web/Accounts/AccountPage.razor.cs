using Keyplan.Core;
using Keyplan.Core.Accounts;
using Keyplan.Core.Identity;
using Keyplan.Web.Auth;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Radzen;

namespace Keyplan.Web.Accounts;

public sealed partial class AccountPage
{
    // The tab is in the URL (?tab=contacts), so a reload or a shared link opens the same tab.
    private static readonly string[] TabNames = ["profile", "contacts", "revenue", "plans", "ratings", "nomination", "audit"];

    private AccountDetails? _account;
    private bool _notFound;
    private string? _message;
    private CurrentUser _user = default!;

    [Parameter]
    public int Id { get; set; }

    [SupplyParameterFromQuery(Name = "tab")]
    private string? Tab { get; set; }

    [Inject]
    private IServiceScopeFactory Scopes { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private DialogService Dialogs { get; set; } = default!;

    [Inject]
    private NotificationService Notifications { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    private int TabIndex => Math.Max(0, Array.IndexOf(TabNames, Tab?.ToLowerInvariant()));

    protected override async Task OnParametersSetAsync()
    {
        if (_account?.Id == Id)
        {
            return;
        }

        _user = (await AuthenticationState).User.ToCurrentUser();
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        await using var scope = Scopes.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<GetAccountHandler>().HandleAsync(Id, _user, CancellationToken.None);
        _account = result.Value;
        _notFound = result.Failure is Failure.NotFound;
        if (_notFound)
        {
            // Answers 404 while prerendering and shows the not-found page; never a hint of the account.
            Navigation.NotFound();
        }
    }

    private Task SelectTabAsync(int index)
    {
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameter("tab", index == 0 ? null : TabNames[index]), replace: true);
        return Task.CompletedTask;
    }

    private async Task DeleteAsync()
    {
        var account = _account!;
        var confirmed = await Dialogs.Confirm(
            L["Account.DeleteConfirm", account.Name].Value,
            L["Account.DeleteTitle"].Value,
            new ConfirmOptions { OkButtonText = L["Account.Delete"].Value, CancelButtonText = L["Common.Cancel"].Value });
        if (confirmed != true)
        {
            return;
        }

        await using var scope = Scopes.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<DeleteAccountHandler>()
            .HandleAsync(account.Id, account.Version, _user, CancellationToken.None);
        switch (result.Failure)
        {
            case null:
            case Failure.NotFound:
                Notifications.Notify(NotificationSeverity.Success, L["Account.Deleted", account.Name]);
                Navigation.NavigateTo("accounts");
                break;
            case Failure.Forbidden:
                _message = L["Common.Forbidden"];
                break;
            case Failure.Stale:
                // Show what changed before the user decides again.
                _message = L["Account.DeleteStale"];
                await LoadAsync();
                break;
            default:
                _message = L["Common.Unexpected"];
                break;
        }
    }
}
