using System.Globalization;
using Keyplan.Core.Accounts;
using Keyplan.Core.Organisation;
using Keyplan.Core.Plans.Sections;
using Keyplan.Web.Components;

namespace Keyplan.Web.Plans.Sections;

public sealed class KpiActualForm
{
    /// <summary>Only for rendering (the stored actuals have no id); keeps each row's inputs in place when one is removed.</summary>
    public Guid RowKey { get; } = Guid.NewGuid();
    public DateOnly? PeriodEnd { get; set; }
    public string? Label { get; set; }
    public decimal? Actual { get; set; }
}

public sealed class KpiForm
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public string? Name { get; set; }
    public Guid? ObjectiveId { get; set; }
    public string? Unit { get; set; }
    public decimal? Target { get; set; }
    public List<KpiActualForm> Actuals { get; init; } = [];
    public KpiStatus? Status { get; set; }
}

public sealed class KpisForm
{
    public List<KpiForm> Kpis { get; init; } = [];
}

/// <summary>A column of the scorecard: one review period, named by its label where the KAM gave one.</summary>
public sealed record ScorecardPeriod(DateOnly End, string Name);

public sealed partial class KpisEditor
{
    private IReadOnlyList<Objective> _objectiveRecords = [];
    private IReadOnlyList<ObjectiveChoice> _objectives = [];
    private string _currency = OrganisationSettings.DefaultCurrency;

    protected override string Key => SectionKeys.Kpis;

    protected override KpisForm ToForm(KpisSection content) => new()
    {
        Kpis = [.. content.Kpis.Select(k => new KpiForm
        {
            Id = k.Id, Name = k.Name, ObjectiveId = k.ObjectiveId, Unit = k.Unit, Target = k.Target, Status = k.Status,
            Actuals = [.. k.Actuals.Select(a => new KpiActualForm { PeriodEnd = a.PeriodEnd, Label = a.Label, Actual = a.Actual })],
        })],
    };

    protected override KpisSection ToContent(KpisForm form) => new() { Kpis = [.. form.Kpis.Select(ToKpi)] };

    private static Kpi ToKpi(KpiForm k) => new()
    {
        Id = k.Id, Name = k.Name, ObjectiveId = k.ObjectiveId, Unit = k.Unit, Target = k.Target, Status = k.Status,
        Actuals = [.. k.Actuals.Select(a => new KpiActual { PeriodEnd = a.PeriodEnd, Label = a.Label, Actual = a.Actual })],
    };

    protected override string? Resolve(string value) =>
        (Guid.TryParse(value, out var id) ? _objectives.FirstOrDefault(o => o.Id == id)?.Name : null) ?? base.Resolve(value);

    protected override async Task LoadLookupsAsync(CancellationToken cancellationToken)
    {
        _objectiveRecords = ObjectiveChoice.Objectives(Plan);
        _objectives = ObjectiveChoice.From(Plan, n => L["Objectives.ItemLabel", n]);
        await using var scope = Scopes.CreateAsyncScope();
        var account = await scope.ServiceProvider.GetRequiredService<GetAccountHandler>().HandleAsync(Plan.AccountId, User, cancellationToken);
        _currency = account.Value?.Currency ?? _currency;
    }

    private IReadOnlyList<Objective> WithoutKpi => Form is null ? [] : KpiTracking.ObjectivesWithoutKpi(_objectiveRecords, Form.Kpis.Select(k => k.ObjectiveId));

    private KpiAssessment? Assess(KpiForm kpi) =>
        KpiTracking.Assess(ToKpi(kpi), _objectiveRecords.FirstOrDefault(o => o.Id == kpi.ObjectiveId), Plan.PeriodStart, Plan.PeriodEnd);

    /// <summary>Every review period any KPI has an actual for, in time order.</summary>
    private IReadOnlyList<ScorecardPeriod> Periods => Form is null
        ? []
        : Form.Kpis.SelectMany(k => k.Actuals).Where(a => a.PeriodEnd is not null)
            .GroupBy(a => a.PeriodEnd!.Value).OrderBy(g => g.Key)
            .Select(g => new ScorecardPeriod(g.Key, g.Select(a => a.Label).FirstOrDefault(l => !string.IsNullOrWhiteSpace(l)) ?? g.Key.ToString("d", CultureInfo.CurrentCulture)))
            .ToList();

    /// <summary>A KPI value in its unit: money in the account's currency, anything else as a number with the unit after it.</summary>
    private string Value(decimal? value, string? unit)
    {
        if (value is not { } number)
        {
            return "–";
        }

        if (string.Equals(unit?.Trim(), _currency, StringComparison.OrdinalIgnoreCase))
        {
            return Money.Format(number, _currency);
        }

        var text = number.ToString("#,##0.##", CultureInfo.CurrentCulture);
        return string.IsNullOrWhiteSpace(unit) ? text : $"{text} {unit.Trim()}";
    }

    private string StatusText(KpiForm kpi) => kpi.Status is { } status
        ? L.EnumName(status)
        : Assess(kpi) is { } assessment ? L["Kpis.SuggestedStatus", L.EnumName(assessment.Status)] : "–";

    private string ItemLabel(int index) => L["Kpis.ItemLabel", index + 1];

    private void Add() => Form!.Kpis.Add(new KpiForm());
    // An empty new KPI is not saved (it could not be: it has no name yet); typing into it saves.

    private void AddFor(Objective objective)
    {
        var kpi = KpiTracking.For(objective, L["Objectives.ItemLabel", _objectiveRecords.ToList().IndexOf(objective) + 1]);
        Form!.Kpis.Add(new KpiForm { Id = kpi.Id, Name = kpi.Name, ObjectiveId = kpi.ObjectiveId, Unit = kpi.Unit, Target = kpi.Target });
        Changed();
    }

    private void Remove(KpiForm kpi)
    {
        Form!.Kpis.Remove(kpi);
        Changed();
    }

    private void AddPeriod(KpiForm kpi)
    {
        var previous = kpi.Actuals.Where(a => a.PeriodEnd is not null).Select(a => a.PeriodEnd).Max();
        kpi.Actuals.Add(new KpiActualForm { PeriodEnd = KpiTracking.NextPeriodEnd(previous, Plan.PeriodStart, Plan.PeriodEnd, Plan.ReviewIntervalMonths) });
        // Not saved until the actual is entered: a period without one would be refused.
    }

    private void RemovePeriod(KpiForm kpi, KpiActualForm actual)
    {
        kpi.Actuals.Remove(actual);
        Changed();
    }
}
