using System.Globalization;
using Keyplan.Core;
using Keyplan.Core.Accounts;
using Keyplan.Core.Identity;
using Keyplan.Core.Organisation;
using Keyplan.Web.Components;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Radzen;

namespace Keyplan.Web.Accounts;

/// <summary>The account's revenue history: chart, year × product group table, and the rows to edit.</summary>
public sealed partial class AccountRevenue : IDisposable
{
    private IReadOnlyList<RevenueDetails>? _rows;
    private RevenueTable _table = RevenueTable.From([]);
    private List<LookupItem<int>> _productGroups = [];
    private RevenueInput _input = new();
    private EditContext? _editContext;
    private ServerValidation? _serverValidation;
    private RevenueDetails? _editing;
    private int? _staleVersion;
    private bool _stale;
    private bool _saving;
    private string? _message;

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
        _editing = row;
        // A new row is most likely for the last completed year.
        _input = row is null ? new RevenueInput { Year = Clock.GetLocalNow().Year - 1 } : RevenueInput.From(row);
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

    private Task OverwriteAsync() => SaveAsync(_staleVersion);

    private async Task DiscardAsync()
    {
        await LoadAsync();
        var current = _rows?.FirstOrDefault(r => r.Id == _editing?.Id);
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
                ? await services.GetRequiredService<CreateRevenueHandler>().HandleAsync(AccountId, _input, User, CancellationToken.None)
                : await services.GetRequiredService<UpdateRevenueHandler>()
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
                    _message = L["Revenue.Gone"];
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

        if (_editing?.Id == row.Id)
        {
            CloseForm();
        }

        await LoadAsync();
    }

    public void Dispose() => _serverValidation?.Dispose();
}
