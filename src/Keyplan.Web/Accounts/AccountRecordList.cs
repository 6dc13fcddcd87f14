using Keyplan.Core;
using Keyplan.Core.Identity;
using Keyplan.Web.Components;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Radzen;

namespace Keyplan.Web.Accounts;

/// <summary>
/// A tab of the account page that lists records of the account (contacts, revenue rows) and adds, changes and
/// deletes them in an inline form: loading, saving with conflict handling, and deleting with confirmation live here;
/// the concrete tab says which use cases to call and how to word things.
/// </summary>
public abstract class AccountRecordList<TInput, TRecord> : ComponentBase, IDisposable
    where TInput : class
    where TRecord : class
{
    protected AccountRecordList() => Form = new RecordEditor<TInput, TRecord>(VersionOf);

    [Parameter, EditorRequired]
    public int AccountId { get; set; }

    [Parameter, EditorRequired]
    public bool CanEdit { get; set; }

    [Parameter, EditorRequired]
    public CurrentUser User { get; set; } = default!;

    [Inject]
    protected IServiceScopeFactory Scopes { get; set; } = default!;

    [Inject]
    private DialogService Dialogs { get; set; } = default!;

    [Inject]
    private NotificationService Notifications { get; set; } = default!;

    [Inject]
    private IStringLocalizer<SharedResource> Strings { get; set; } = default!;

    protected RecordEditor<TInput, TRecord> Form { get; }

    protected IReadOnlyList<TRecord>? Records { get; private set; }

    /// <summary>A problem with the list as a whole (a failed delete, a record someone else removed).</summary>
    protected string? Message { get; private set; }

    protected abstract int IdOf(TRecord record);

    protected abstract int VersionOf(TRecord record);

    protected abstract Task<IReadOnlyList<TRecord>> FetchAsync(IServiceProvider services);

    protected abstract TInput InputFor(TRecord? record);

    /// <param name="editing">The record being changed, or null to add one.</param>
    protected abstract Task<Failure?> SaveAsync(IServiceProvider services, TRecord? editing, int? version, TInput input);

    protected abstract Task<Failure?> DeleteAsync(IServiceProvider services, TRecord record);

    /// <summary>The texts that differ per list: "gone", delete confirmation and outcome.</summary>
    protected abstract (string Gone, string DeleteTitle, string DeleteQuestion, string DeleteStale, string Deleted) Texts(TRecord? record);

    /// <summary>Derives what the tab shows from <see cref="Records"/> (an org chart, a pivot table).</summary>
    protected virtual void OnRecordsLoaded()
    {
    }

    protected override Task OnInitializedAsync() => LoadAsync();

    protected async Task LoadAsync()
    {
        await using var scope = Scopes.CreateAsyncScope();
        Records = await FetchAsync(scope.ServiceProvider);
        OnRecordsLoaded();
    }

    protected void OpenForm(TRecord? record)
    {
        Form.Open(record, InputFor(record));
        Message = null;
    }

    protected Task SaveAsync() => SaveWithAsync(overwrite: false);

    /// <summary>Saves over what someone else saved in between, now that the user has seen it.</summary>
    protected Task OverwriteAsync() => SaveWithAsync(overwrite: true);

    protected async Task DiscardAsync()
    {
        var editing = Form.Editing;
        await LoadAsync();
        var current = editing is null ? null : Records?.FirstOrDefault(r => IdOf(r) == IdOf(editing));
        if (current is null)
        {
            Form.Close();
            return;
        }

        OpenForm(current);
    }

    private async Task SaveWithAsync(bool overwrite)
    {
        var editing = Form.Editing;
        var failure = await Form.SaveAsync(
            async version =>
            {
                await using var scope = Scopes.CreateAsyncScope();
                return await SaveAsync(scope.ServiceProvider, editing, version, Form.Input!);
            },
            overwrite);
        switch (failure)
        {
            case null:
                Notifications.Notify(NotificationSeverity.Success, Strings["Common.Saved"]);
                Form.Close();
                await LoadAsync();
                break;
            case Failure.Forbidden:
                Message = Strings["Common.Forbidden"];
                break;
            case Failure.NotFound:
                Message = Texts(editing).Gone;
                Form.Close();
                await LoadAsync();
                break;
        }
    }

    protected async Task DeleteAsync(TRecord record)
    {
        var texts = Texts(record);
        var confirmed = await Dialogs.Confirm(texts.DeleteQuestion, texts.DeleteTitle,
            new ConfirmOptions { OkButtonText = Strings["Common.Delete"].Value, CancelButtonText = Strings["Common.Cancel"].Value });
        if (confirmed != true)
        {
            return;
        }

        Failure? failure;
        await using (var scope = Scopes.CreateAsyncScope())
        {
            failure = await DeleteAsync(scope.ServiceProvider, record);
        }

        Message = failure switch
        {
            null or Failure.NotFound => null,
            Failure.Forbidden => Strings["Common.Forbidden"].Value,
            Failure.Stale => texts.DeleteStale,
            _ => Strings["Common.Unexpected"].Value,
        };
        if (failure is null)
        {
            Notifications.Notify(NotificationSeverity.Success, texts.Deleted);
        }

        if (Form.Editing is { } editing && IdOf(editing) == IdOf(record))
        {
            Form.Close();
        }

        await LoadAsync();
    }

    public void Dispose()
    {
        Form.Dispose();
        GC.SuppressFinalize(this);
    }
}
