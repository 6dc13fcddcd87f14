using Keyplan.Core;
using Keyplan.Core.Accounts;
using Keyplan.Core.Identity;
using Keyplan.Web.Components;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Radzen;

namespace Keyplan.Web.Accounts;

/// <summary>The account's contacts as an org chart, with an inline form to add and change them.</summary>
public sealed partial class AccountContacts : IDisposable
{
    private IReadOnlyList<ContactDetails>? _contacts;
    private IReadOnlyList<ContactNode> _tree = [];
    private ContactInput _input = new();
    private EditContext? _editContext;
    private ServerValidation? _serverValidation;
    private ContactDetails? _editing;
    private int? _staleVersion;
    private bool _stale;
    private bool _saving;
    private string? _message;

    [Parameter, EditorRequired]
    public int AccountId { get; set; }

    [Parameter, EditorRequired]
    public bool CanEdit { get; set; }

    [Parameter, EditorRequired]
    public CurrentUser User { get; set; } = default!;

    [Inject]
    private IServiceScopeFactory Scopes { get; set; } = default!;

    [Inject]
    private DialogService Dialogs { get; set; } = default!;

    [Inject]
    private NotificationService Notifications { get; set; } = default!;

    protected override Task OnInitializedAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        await using var scope = Scopes.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<ListContactsHandler>().HandleAsync(AccountId, User, CancellationToken.None);
        _contacts = result.Value ?? [];
        _tree = ContactHierarchy.Build(_contacts);
    }

    /// <summary>Everyone but the contact and their reports: picking one of those would make a cycle.</summary>
    private IEnumerable<ContactDetails> ManagerOptions()
    {
        if (_editing is null)
        {
            return _contacts ?? [];
        }

        var excluded = ContactHierarchy.ReportsOf(_contacts ?? [], _editing.Id);
        excluded.Add(_editing.Id);
        return (_contacts ?? []).Where(c => !excluded.Contains(c.Id));
    }

    private void OpenForm(ContactDetails? contact)
    {
        _editing = contact;
        _input = contact is null ? new ContactInput() : ContactInput.From(contact);
        ResetForm();
    }

    private void ResetForm()
    {
        _serverValidation?.Dispose();
        _editContext = new EditContext(_input);
        _serverValidation = new ServerValidation(_editContext);
        _stale = false;
        _staleVersion = null;
        _message = null;
    }

    private void CloseForm()
    {
        _serverValidation?.Dispose();
        _serverValidation = null;
        _editContext = null;
        _editing = null;
        _stale = false;
    }

    private Task SaveAsync() => SaveAsync(_editing?.Version);

    /// <summary>Saves over what someone else saved in between, now that the user has seen it.</summary>
    private Task OverwriteAsync() => SaveAsync(_staleVersion);

    private async Task DiscardAsync()
    {
        await LoadAsync();
        var current = _contacts?.FirstOrDefault(c => c.Id == _editing?.Id);
        if (current is null)
        {
            CloseForm();
            return;
        }

        OpenForm(current);
    }

    private async Task SaveAsync(int? version)
    {
        _saving = true;
        try
        {
            await using var scope = Scopes.CreateAsyncScope();
            var services = scope.ServiceProvider;
            var result = _editing is null
                ? await services.GetRequiredService<CreateContactHandler>().HandleAsync(AccountId, _input, User, CancellationToken.None)
                : await services.GetRequiredService<UpdateContactHandler>()
                    .HandleAsync(AccountId, _editing.Id, version ?? _editing.Version, _input, User, CancellationToken.None);
            switch (result.Failure)
            {
                case null:
                    Notifications.Notify(NotificationSeverity.Success, L["Common.Saved"]);
                    CloseForm();
                    await LoadAsync();
                    break;
                case Failure.Invalid invalid:
                    _serverValidation!.Show(invalid);
                    break;
                case Failure.Stale stale:
                    _stale = true;
                    _staleVersion = stale.CurrentVersion;
                    break;
                case Failure.Forbidden:
                    _message = L["Common.Forbidden"];
                    break;
                case Failure.NotFound:
                    _message = L["Contact.Gone"];
                    CloseForm();
                    await LoadAsync();
                    break;
            }
        }
        finally
        {
            _saving = false;
        }
    }

    private async Task DeleteAsync(ContactDetails contact)
    {
        var confirmed = await Dialogs.Confirm(
            L["Contact.DeleteConfirm", contact.FullName].Value,
            L["Contact.DeleteTitle"].Value,
            new ConfirmOptions { OkButtonText = L["Common.Delete"].Value, CancelButtonText = L["Common.Cancel"].Value });
        if (confirmed != true)
        {
            return;
        }

        await using var scope = Scopes.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<DeleteContactHandler>()
            .HandleAsync(AccountId, contact.Id, contact.Version, User, CancellationToken.None);
        _message = result.Failure switch
        {
            null or Failure.NotFound => (string?)null,
            Failure.Forbidden => L["Common.Forbidden"].Value,
            Failure.Stale => L["Contact.DeleteStale"].Value,
            _ => L["Common.Unexpected"].Value,
        };
        if (result.Failure is null)
        {
            Notifications.Notify(NotificationSeverity.Success, L["Contact.Deleted", contact.FullName]);
        }

        if (_editing?.Id == contact.Id)
        {
            CloseForm();
        }

        await LoadAsync();
    }

    public void Dispose() => _serverValidation?.Dispose();
}
