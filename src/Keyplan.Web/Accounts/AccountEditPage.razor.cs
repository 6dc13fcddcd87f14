using System.Globalization;
using Keyplan.Core;
using Keyplan.Core.Accounts;
using Keyplan.Core.Identity;
using Keyplan.Core.Organisation;
using Keyplan.Web.Auth;
using Keyplan.Web.Components;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Forms;
using Radzen;

namespace Keyplan.Web.Accounts;

/// <summary>A parent account the picker offers.</summary>
public sealed record ParentOption(int Id, string Name);

/// <summary>What someone else saved while the user was editing, and which fields of the form differ from it.</summary>
public sealed record EditConflict(AccountDetails Theirs, AccountInput TheirInput, IReadOnlyList<string> Fields);

public sealed partial class AccountEditPage : IDisposable
{
    private const int ParentOptionCount = 20;

    private AccountInput _input = new();
    private EditContext? _editContext;
    private ServerValidation? _serverValidation;
    private int _version;
    private string? _accountName;
    private bool _notFound;
    private bool _forbidden;
    private bool _saving;
    private string? _message;
    private EditConflict? _conflict;
    private CurrentUser _user = default!;
    private bool _canAssignManager;
    private List<LookupItem<int>> _businessAreas = [];
    private List<UserOption> _managers = [];
    private List<UserOption> _users = [];
    private List<string> _industries = [];
    private List<ParentOption> _parentOptions = [];
    private string? _parentText;
    private string? _parentName;
    private ElementReference _alerts;
    private bool _focusAlerts;

    /// <summary>Null for a new account.</summary>
    [Parameter]
    public int? Id { get; set; }

    [Inject]
    private IServiceScopeFactory Scopes { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private NotificationService Notifications { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    private string Title => Id is null ? L["AccountEdit.NewTitle"] : L["AccountEdit.EditTitle", _accountName ?? string.Empty];

    private string CancelUrl => Id is null ? "accounts" : $"accounts/{Id}";

    protected override async Task OnInitializedAsync()
    {
        _user = (await AuthenticationState).User.ToCurrentUser();
        // Only leadership assigns KAMs; the use cases keep a KAM's own accounts theirs.
        _canAssignManager = _user.IsInRole(Roles.Administrator) || _user.IsInRole(Roles.BusinessAreaManager);
        await using var scope = Scopes.CreateAsyncScope();
        var lookups = scope.ServiceProvider.GetRequiredService<LookupsHandler>();
        _businessAreas = await lookups.BusinessAreasAsync(CancellationToken.None);
        _managers = await lookups.UsersInRoleAsync(Roles.KeyAccountManager, CancellationToken.None);
        _users = await lookups.UsersAsync(CancellationToken.None);
        _industries = await lookups.IndustriesAsync(_user, CancellationToken.None);

        if (Id is { } id)
        {
            var result = await scope.ServiceProvider.GetRequiredService<GetAccountHandler>().HandleAsync(id, _user, CancellationToken.None);
            _notFound = result.Failure is Failure.NotFound;
            if (_notFound)
            {
                Navigation.NotFound();
            }

            _forbidden = result.Value is { CanEdit: false };
            _accountName = result.Value?.Name;
            if (result.Value is { CanEdit: true } account)
            {
                StartEditing(account);
            }
        }
        else if (!AccountAccess.CanCreate(_user))
        {
            _forbidden = true;
        }
        else
        {
            _input = new AccountInput
            {
                BusinessAreaId = _user.BusinessAreaId,
                KeyAccountManagerId = _canAssignManager ? null : _user.Id,
            };
            StartForm();
        }
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (_focusAlerts)
        {
            _focusAlerts = false;
            await _alerts.FocusAsync();
        }
    }

    private void StartEditing(AccountDetails account)
    {
        _input = AccountInput.From(account);
        _version = account.Version;
        if (account.KeyAccountManagerId is { } managerId && _managers.TrueForAll(m => m.Id != managerId))
        {
            // The current KAM may have lost the role since; the select still has to show them.
            _managers.Add(new UserOption(managerId, account.KeyAccountManagerName ?? managerId, string.Empty));
        }

        _accountName = account.Name;
        _parentName = account.ParentAccountName;
        _parentText = account.ParentAccountName;
        StartForm();
    }

    private void StartForm()
    {
        _serverValidation?.Dispose();
        _editContext = new EditContext(_input);
        _serverValidation = new ServerValidation(_editContext);
        _conflict = null;
    }

    private Task SaveAsync() => SaveAsync(_version);

    /// <summary>The user has seen the other person's values and keeps their own.</summary>
    private Task OverwriteAsync() => SaveAsync(_conflict!.Theirs.Version);

    private Task DiscardAsync()
    {
        StartEditing(_conflict!.Theirs);
        _message = null;
        return Task.CompletedTask;
    }

    private async Task SaveAsync(int version)
    {
        _saving = true;
        _message = null;
        try
        {
            await using var scope = Scopes.CreateAsyncScope();
            var services = scope.ServiceProvider;
            var result = Id is { } id
                ? await services.GetRequiredService<UpdateAccountHandler>().HandleAsync(id, version, _input, _user, CancellationToken.None)
                : await services.GetRequiredService<CreateAccountHandler>().HandleAsync(_input, _user, CancellationToken.None);
            switch (result.Failure)
            {
                case null:
                    Notifications.Notify(NotificationSeverity.Success, L["Common.Saved"]);
                    Navigation.NavigateTo($"accounts/{result.Value!.Id}");
                    break;
                case Failure.Invalid invalid:
                    _serverValidation!.Show(invalid);
                    break;
                case Failure.Stale:
                    await ShowConflictAsync(services);
                    _focusAlerts = true;
                    break;
                case Failure.Forbidden:
                    _message = L["Common.Forbidden"];
                    _focusAlerts = true;
                    break;
                case Failure.NotFound:
                    _message = L["AccountEdit.Gone"];
                    _focusAlerts = true;
                    break;
            }
        }
        finally
        {
            _saving = false;
        }
    }

    /// <summary>Keeps the user's input and loads what is stored now, to show beside it.</summary>
    private async Task ShowConflictAsync(IServiceProvider services)
    {
        var current = await services.GetRequiredService<GetAccountHandler>().HandleAsync(Id!.Value, _user, CancellationToken.None);
        if (current.Value is not { } theirs)
        {
            _message = L["AccountEdit.Gone"];
            return;
        }

        var theirInput = AccountInput.From(theirs);
        _conflict = new EditConflict(theirs, theirInput, AccountConflict.DifferentFields(theirInput, _input));
    }

    private async Task SearchParentsAsync(LoadDataArgs args)
    {
        await using var scope = Scopes.CreateAsyncScope();
        var accounts = await scope.ServiceProvider.GetRequiredService<LookupsHandler>()
            .AccountsAsync(_user, args.Filter, ParentOptionCount + 1, CancellationToken.None);
        _parentOptions = accounts.Where(a => a.Id != Id).Take(ParentOptionCount).Select(a => new ParentOption(a.Id, a.Name)).ToList();
    }

    private void OnParentTextChanged(string? text)
    {
        _parentText = text;
        // Typed text that is not the picked account's name means no parent until one is picked from the list.
        if (!string.Equals(text?.Trim(), _parentName, StringComparison.Ordinal))
        {
            SetParent(null, null);
        }
    }

    private void OnParentSelected(object? item)
    {
        if (item is ParentOption option)
        {
            SetParent(option.Id, option.Name);
            _parentText = option.Name;
        }
    }

    private void SetParent(int? id, string? name)
    {
        if (_input.ParentAccountId == id)
        {
            return;
        }

        _input.ParentAccountId = id;
        _parentName = name;
        _editContext?.NotifyFieldChanged(FieldIdentifier.Create(() => _input.ParentAccountId));
    }

    private void AddMember()
    {
        _input.Team.Add(new TeamMemberInput());
        _editContext?.NotifyFieldChanged(FieldIdentifier.Create(() => _input.Team));
    }

    private void RemoveMember(TeamMemberInput member)
    {
        _input.Team.Remove(member);
        // Server messages name team rows by position, which has just changed.
        _serverValidation?.Clear();
        _editContext?.NotifyFieldChanged(FieldIdentifier.Create(() => _input.Team));
    }

    private string FieldLabel(string field) => L["Account." + field switch
    {
        nameof(AccountInput.BusinessAreaId) => "BusinessArea",
        nameof(AccountInput.KeyAccountManagerId) => "KeyAccountManager",
        nameof(AccountInput.ParentAccountId) => "ParentAccount",
        _ => field,
    }];

    /// <summary>A field's value as the user reads it, for the conflict table and hints.</summary>
    private string ValueText(string field, AccountInput input)
    {
        var theirs = ReferenceEquals(input, _conflict?.TheirInput) ? _conflict!.Theirs : null;
        var text = field switch
        {
            nameof(AccountInput.Name) => input.Name,
            nameof(AccountInput.AccountNumber) => input.AccountNumber,
            nameof(AccountInput.SourceSystem) => input.SourceSystem,
            nameof(AccountInput.SourceRecordId) => input.SourceRecordId,
            nameof(AccountInput.BusinessAreaId) => _businessAreas.FirstOrDefault(b => b.Id == input.BusinessAreaId)?.Name,
            nameof(AccountInput.KeyAccountManagerId) => _users.FirstOrDefault(u => u.Id == input.KeyAccountManagerId)?.DisplayName,
            nameof(AccountInput.IsKeyAccount) => L.YesNo(input.IsKeyAccount),
            nameof(AccountInput.ParentAccountId) => theirs is not null ? theirs.ParentAccountName : input.ParentAccountId is null ? null : _parentName,
            nameof(AccountInput.Industry) => input.Industry,
            nameof(AccountInput.Country) => L.CountryName(input.Country),
            nameof(AccountInput.City) => input.City,
            nameof(AccountInput.Website) => input.Website,
            nameof(AccountInput.Employees) => input.Employees?.ToString("N0", CultureInfo.CurrentCulture),
            nameof(AccountInput.AnnualRevenue) => input.AnnualRevenue is { } revenue
                ? Money.Format(revenue, string.IsNullOrWhiteSpace(input.Currency) ? _conflict?.Theirs.Currency ?? "EUR" : input.Currency)
                : null,
            nameof(AccountInput.Currency) => input.Currency?.ToUpperInvariant(),
            nameof(AccountInput.Description) => input.Description,
            nameof(AccountInput.Team) => string.Join(", ", input.Team.Select(t =>
                $"{_users.FirstOrDefault(u => u.Id == t.UserId)?.DisplayName ?? "?"} ({L.TeamRoleName(t.Role)})")),
            _ => null,
        };
        return string.IsNullOrWhiteSpace(text) ? L["Conflict.Empty"] : text;
    }

    public void Dispose() => _serverValidation?.Dispose();
}
