using Keyplan.Core;
using Keyplan.Core.Accounts;
using Keyplan.Core.Identity;
using Keyplan.Web.Components;
using Microsoft.AspNetCore.Components;
using Radzen;

namespace Keyplan.Web.Accounts;

/// <summary>The account's contacts as an org chart, with an inline form to add and change them.</summary>
public sealed partial class AccountContacts : IDisposable
{
    private IReadOnlyList<ContactDetails>? _contacts;
    private IReadOnlyList<ContactNode> _tree = [];
    private string? _message;
    private readonly RecordEditor<ContactInput, ContactDetails> _form = new(record => record.Version);

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
        if (_form.Editing is null)
        {
            return _contacts ?? [];
        }

        var excluded = ContactHierarchy.ReportsOf(_contacts ?? [], _form.Editing.Id);
        excluded.Add(_form.Editing.Id);
        return (_contacts ?? []).Where(c => !excluded.Contains(c.Id));
    }

    private void OpenForm(ContactDetails? contact)
    {
        _form.Open(contact, contact is null ? new ContactInput() : ContactInput.From(contact));
        _message = null;
    }

    private Task SaveAsync() => SaveWithAsync(overwrite: false);

    /// <summary>Saves over what someone else saved in between, now that the user has seen it.</summary>
    private Task OverwriteAsync() => SaveWithAsync(overwrite: true);

    private async Task DiscardAsync()
    {
        await LoadAsync();
        var current = _contacts?.FirstOrDefault(r => r.Id == _form.Editing?.Id);
        if (current is null)
        {
            _form.Close();
            return;
        }

        OpenForm(current);
    }

    private async Task SaveWithAsync(bool overwrite)
    {
        var editing = _form.Editing;
        var failure = await _form.SaveAsync(
            async version =>
            {
                await using var scope = Scopes.CreateAsyncScope();
                var services = scope.ServiceProvider;
                return editing is null
                    ? (await services.GetRequiredService<CreateContactHandler>().HandleAsync(AccountId, _form.Input!, User, CancellationToken.None)).Failure
                    : (await services.GetRequiredService<UpdateContactHandler>()
                        .HandleAsync(AccountId, editing.Id, version!.Value, _form.Input!, User, CancellationToken.None)).Failure;
            },
            overwrite);
        switch (failure)
        {
            case null:
                Notifications.Notify(NotificationSeverity.Success, L["Common.Saved"]);
                _form.Close();
                await LoadAsync();
                break;
            case Failure.Forbidden:
                _message = L["Common.Forbidden"];
                break;
            case Failure.NotFound:
                _message = L["Contact.Gone"];
                _form.Close();
                await LoadAsync();
                break;
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

        if (_form.Editing?.Id == contact.Id)
        {
            _form.Close();
        }

        await LoadAsync();
    }

    public void Dispose() => _form.Dispose();
}
