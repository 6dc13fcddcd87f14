using Keyplan.Core;
using Keyplan.Core.Documents.BulkExport;
using Keyplan.Core.Data;
using Keyplan.Core.Identity;
using Keyplan.Core.Organisation;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.EntityFrameworkCore;

namespace Keyplan.Web.Documents.BulkExport;

/// <summary>
/// Starts a zip export from the portfolio or the accounts list and follows it over the circuit: the job runs in the
/// <see cref="BulkExportWorker"/>, the dialog reads its progress from <see cref="BulkExportJobs"/> once a second.
/// </summary>
public sealed partial class BulkExportDialog : IDisposable
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(1);

    private readonly CancellationTokenSource _disposed = new();
    private bool _open;
    private int _businessAreaId;
    private int _year;
    private string _format = "pdf";
    private string? _error;
    private BulkExportJobStatus? _status;

    [Parameter, EditorRequired]
    public CurrentUser User { get; set; } = default!;

    [Parameter, EditorRequired]
    public IReadOnlyList<LookupItem<int>> BusinessAreas { get; set; } = [];

    /// <summary>The page's business area filter, if any; otherwise the user's own area, otherwise the first.</summary>
    [Parameter]
    public int? BusinessAreaId { get; set; }

    /// <summary>The fiscal year to offer; the current one when not given.</summary>
    [Parameter]
    public int? Year { get; set; }

    [Inject]
    private IServiceScopeFactory Scopes { get; set; } = default!;

    [Inject]
    private BulkExportJobs Jobs { get; set; } = default!;

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    private bool Busy => _status?.Status is BulkExportStatus.Queued or BulkExportStatus.Running;

    private async Task ToggleAsync()
    {
        if (_open)
        {
            Close();
            return;
        }

        _open = true;
        _businessAreaId = BusinessAreaId ?? User.BusinessAreaId ?? (BusinessAreas.Count > 0 ? BusinessAreas[0].Id : 0);
        _year = Year ?? await CurrentFiscalYearAsync();
        if (!Busy)
        {
            _status = null;
            _error = null;
        }
    }

    private void Close() => _open = false;

    private async Task<int> CurrentFiscalYearAsync()
    {
        await using var scope = Scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KeyplanDbContext>();
        var startMonth = await db.OrganisationSettings.AsNoTracking().Select(s => (int?)s.FiscalYearStartMonth).FirstOrDefaultAsync(_disposed.Token);
        return FiscalYears.Of(DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime), startMonth ?? 1);
    }

    private void OnKeyDown(KeyboardEventArgs args)
    {
        if (args.Key == "Escape")
        {
            Close();
        }
    }

    private async Task StartAsync()
    {
        _error = null;
        _status = null;
        await using var scope = Scopes.CreateAsyncScope();
        var handler = scope.ServiceProvider.GetRequiredService<SelectBulkExportPlansHandler>();
        var selection = await handler.HandleAsync(new BulkExportRequest(_businessAreaId, _year, _format), User, _disposed.Token);
        if (selection.Failure is { } failure)
        {
            _error = failure is Failure.Invalid invalid ? string.Join(" ", invalid.Errors.SelectMany(e => e.Value)) : L["BulkExport.Failed"];
            return;
        }

        var job = Jobs.TryStart(User, selection.Value!);
        if (job is null)
        {
            _error = L["BulkExport.Busy"];
            return;
        }

        _status = job.ToStatus();
        _ = FollowAsync(job.Id);
    }

    private async Task FollowAsync(Guid id)
    {
        using var timer = new PeriodicTimer(PollInterval, Clock);
        try
        {
            while (await timer.WaitForNextTickAsync(_disposed.Token))
            {
                var job = Jobs.Find(id, User);
                _status = job?.ToStatus();
                await InvokeAsync(StateHasChanged);
                if (job is null || job.Status is BulkExportStatus.Completed or BulkExportStatus.Failed)
                {
                    return;
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The user left the page; the job carries on and its zip waits for an hour.
        }
    }

    public void Dispose()
    {
        _disposed.Cancel();
        _disposed.Dispose();
    }
}
