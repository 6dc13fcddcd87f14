using System.Globalization;
using Keyplan.Core;
using Keyplan.Core.Accounts;
using Keyplan.Core.Identity;
using Keyplan.Core.Organisation;
using Keyplan.Web.Components;
using Microsoft.AspNetCore.Components;
using Radzen;

namespace Keyplan.Web.Accounts;

/// <summary>The account's revenue history: chart, year × product group table, and the rows to edit.</summary>
public sealed partial class AccountRevenue : IDisposable
{
    private IReadOnlyList<RevenueDetails>? _rows;
    private RevenueTable _table = RevenueTable.From([]);
    private List<LookupItem<int>> _productGroups = [];
    private string? _message;
    private readonly RecordEditor<RevenueInput, RevenueDetails> _form = new(record => record.Version);

    [Parameter, EditorRequired]
    public int AccountId { get; set; }

    /// <summary>The account's ISO currency code.</summary>
    [Parameter, EditorRequired]
    public string Currency { get; set; } = string.Empty;

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

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        await LoadAsync();
        if (CanEdit)
        {
            await using var scope = Scopes.CreateAsyncScope();
            _productGroups = await scope.ServiceProvider.GetRequiredService<LookupsHandler>().ProductGroupsAsync(CancellationToken.None);
        }
    }

    private async Task LoadAsync()
    {
        await using var scope = Scopes.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<ListRevenueHandler>().HandleAsync(AccountId, User, CancellationToken.None);
        _rows = result.Value ?? [];
        _table = RevenueTable.From(_rows);
    }

    private string Amount(decimal value) => Money.Format(value, Currency);

    private string FormatAxis(object value) =>
        Money.Compact(Convert.ToDecimal(value, CultureInfo.InvariantCulture), Currency, L["Money.Thousands"], L["Money.Millions"]);

    private void OpenForm(RevenueDetails? row)
    {
        // A new row is most likely for the last completed year.
        _form.Open(row, row is null ? new RevenueInput { Year = Clock.GetLocalNow().Year - 1 } : RevenueInput.From(row));
        _message = null;
    }

    private Task SaveAsync() => SaveWithAsync(overwrite: false);

    /// <summary>Saves over what someone else saved in between, now that the user has seen it.</summary>
    private Task OverwriteAsync() => SaveWithAsync(overwrite: true);

    private async Task DiscardAsync()
    {
        await LoadAsync();
        var current = _rows?.FirstOrDefault(r => r.Id == _form.Editing?.Id);
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
                    ? (await services.GetRequiredService<CreateRevenueHandler>().HandleAsync(AccountId, _form.Input!, User, CancellationToken.None)).Failure
                    : (await services.GetRequiredService<UpdateRevenueHandler>()
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
                _message = L["Revenue.Gone"];
                _form.Close();
                await LoadAsync();
                break;
        }
    }

    private async Task DeleteAsync(RevenueDetails row)
    {
        var confirmed = await Dialogs.Confirm(
            L["Revenue.DeleteConfirm", row.Year, row.ProductGroupName].Value,
            L["Revenue.DeleteTitle"].Value,
            new ConfirmOptions { OkButtonText = L["Common.Delete"].Value, CancelButtonText = L["Common.Cancel"].Value });
        if (confirmed != true)
        {
            return;
        }

        await using var scope = Scopes.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<DeleteRevenueHandler>()
            .HandleAsync(AccountId, row.Id, row.Version, User, CancellationToken.None);
        _message = result.Failure switch
        {
            null or Failure.NotFound => (string?)null,
            Failure.Forbidden => L["Common.Forbidden"].Value,
            Failure.Stale => L["Revenue.DeleteStale"].Value,
            _ => L["Common.Unexpected"].Value,
        };
        if (result.Failure is null)
        {
            Notifications.Notify(NotificationSeverity.Success, L["Common.Deleted"]);
        }

        if (_form.Editing?.Id == row.Id)
        {
            _form.Close();
        }

        await LoadAsync();
    }

    public void Dispose() => _form.Dispose();
}
