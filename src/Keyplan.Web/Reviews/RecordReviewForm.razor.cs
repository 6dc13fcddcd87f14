using Keyplan.Core;
using Keyplan.Core.Identity;
using Keyplan.Core.Plans;
using Keyplan.Core.Plans.Sections;
using Keyplan.Core.Reviews;
using Microsoft.AspNetCore.Components;

namespace Keyplan.Web.Reviews;

public sealed partial class RecordReviewForm
{
    private sealed class ReviewForm
    {
        public DateOnly? HeldOn { get; set; }
        public string? PeriodEnd { get; set; }
        public string? Participants { get; set; }
        public List<decimal?> Actuals { get; } = [];
        public List<KpiStatus?> Statuses { get; } = [];
        public string? ObjectivesProgress { get; set; }
        public string? ActionsProgress { get; set; }
        public string? Decisions { get; set; }
        public string? NextSteps { get; set; }
    }

    private ReviewForm _form = new();
    private IReadOnlyList<Kpi> _kpis = [];
    private Dictionary<string, string[]> _errors = [];
    private string? _message;
    private bool _saved;
    private bool _saving;

    [Parameter, EditorRequired]
    public PlanDetails Plan { get; set; } = default!;

    [Parameter, EditorRequired]
    public PlanReviews Reviews { get; set; } = default!;

    [Parameter, EditorRequired]
    public CurrentUser User { get; set; } = default!;

    [Parameter]
    public EventCallback Recorded { get; set; }

    [Inject]
    private IServiceScopeFactory Scopes { get; set; } = default!;

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    protected override void OnInitialized() => Reset();

    /// <summary>A fresh form: held today, for the interval that is due (or the last one), the KPIs of the scorecard.</summary>
    private void Reset()
    {
        _kpis = (Plan.Sections.FirstOrDefault(s => s.Key == SectionKeys.Kpis)?.Content as KpisSection)?.Kpis ?? [];
        var today = DateOnly.FromDateTime(Clock.GetLocalNow().DateTime);
        var period = Reviews.Status.OverdueSince ?? Reviews.Status.NextDue ?? (Reviews.Status.DueDates.Count == 0 ? default : Reviews.Status.DueDates[^1]);
        _form = new ReviewForm { HeldOn = today, PeriodEnd = period.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) };
        foreach (var _ in _kpis)
        {
            _form.Actuals.Add(null);
            _form.Statuses.Add(null);
        }
    }

    private async Task SaveAsync()
    {
        _saving = true;
        // Only the KPIs with an actual are part of the review; the others were not measured this time.
        var measured = _kpis.Select((kpi, i) => (kpi, i)).Where(x => _form.Actuals[x.i] is not null).ToList();
        var request = new RecordReviewRequest
        {
            HeldOn = _form.HeldOn,
            PeriodEnd = DateOnly.TryParse(_form.PeriodEnd, System.Globalization.CultureInfo.InvariantCulture, out var end) ? end : null,
            Participants = _form.Participants,
            Kpis = [.. measured.Select(x => new ReviewKpiInput { KpiId = x.kpi.Id, Actual = _form.Actuals[x.i], Status = _form.Statuses[x.i] })],
            ObjectivesProgress = _form.ObjectivesProgress,
            ActionsProgress = _form.ActionsProgress,
            Decisions = _form.Decisions,
            NextSteps = _form.NextSteps,
        };

        await using var scope = Scopes.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<RecordReviewHandler>().HandleAsync(Plan.Id, request, User, CancellationToken.None);
        _saving = false;
        _saved = result.Succeeded;
        _errors = result.Failure is Failure.Invalid invalid ? Renumbered(invalid.Errors, measured.Select(x => x.i).ToList()) : [];
        _message = result.Failure switch
        {
            null => L["Reviews.Saved"],
            Failure.Invalid => L["Reviews.Invalid"],
            Failure.Stale => L["Reviews.KpisChanged"],
            _ => L["Common.Forbidden"],
        };
        if (_saved)
        {
            Reset();
            await Recorded.InvokeAsync();
        }
    }

    /// <summary>The request numbers only the measured KPIs; the form's rows are all of them.</summary>
    private static Dictionary<string, string[]> Renumbered(IReadOnlyDictionary<string, string[]> errors, List<int> rows) =>
        errors.ToDictionary(
            e => System.Text.RegularExpressions.Regex.Replace(e.Key, @"^kpis\[(\d+)\]", m => $"row[{rows[int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)]}]"),
            e => e.Value);

    private string ActualPath(Kpi kpi) => $"row[{_kpis.ToList().IndexOf(kpi)}].actual";

    private string[] Errors(string field) => _errors.TryGetValue(field, out var messages) ? messages : [];
}
