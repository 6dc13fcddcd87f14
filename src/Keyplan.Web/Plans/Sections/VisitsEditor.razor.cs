using Keyplan.Core.Accounts;
using Keyplan.Core.Plans.Completeness;
using Keyplan.Core.Plans.Sections;
using Microsoft.AspNetCore.Components;

namespace Keyplan.Web.Plans.Sections;

public sealed class VisitForm
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public DateOnly? Date { get; set; }
    public VisitKind Kind { get; set; }
    public List<int> ContactIds { get; init; } = [];
    public string? Goal { get; set; }
    public List<string> AttendeeUserIds { get; init; } = [];
    public VisitStatus Status { get; set; }
}

public sealed class VisitsForm
{
    public int? TargetVisitsPerYear { get; set; }
    public List<VisitForm> Visits { get; init; } = [];
}

public sealed partial class VisitsEditor
{

    protected override string Key => SectionKeys.Visits;

    /// <summary>Visits that count towards the target: all but the cancelled ones, as the completeness counts them.</summary>
    private int Planned => Form?.Visits.Count(v => v.Status != VisitStatus.Cancelled) ?? 0;

    private int? TargetForPeriod => Form?.TargetVisitsPerYear is { } perYear and >= 0
        ? CompletenessCalculator.TargetForPeriod(perYear, Plan.PeriodStart, Plan.PeriodEnd)
        : null;

    protected override VisitsForm ToForm(VisitsSection content) => new()
    {
        TargetVisitsPerYear = content.TargetVisitsPerYear,
        Visits = [.. content.Visits.Select(v => new VisitForm
        {
            Id = v.Id, Date = v.Date, Kind = v.Kind, ContactIds = [.. v.ContactIds], Goal = v.Goal,
            AttendeeUserIds = [.. v.AttendeeUserIds], Status = v.Status,
        })],
    };

    protected override VisitsSection ToContent(VisitsForm form) => new()
    {
        TargetVisitsPerYear = form.TargetVisitsPerYear,
        Visits = [.. form.Visits.Select(v => new PlannedVisit
        {
            Id = v.Id, Date = v.Date, Kind = v.Kind, ContactIds = [.. v.ContactIds], Goal = v.Goal,
            AttendeeUserIds = [.. v.AttendeeUserIds], Status = v.Status,
        })],
    };

    private void Add()
    {
        Form!.Visits.Add(new VisitForm());
        // An empty new item is not saved (it could not be: it has no date yet); entering one saves.
    }

    private void Remove(VisitForm visit)
    {
        Form!.Visits.Remove(visit);
        Changed();
    }
}
