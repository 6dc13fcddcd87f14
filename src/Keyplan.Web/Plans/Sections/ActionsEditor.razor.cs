using Keyplan.Core.Accounts;
using Keyplan.Core.Plans;
using Keyplan.Core.Plans.Sections;
using Microsoft.AspNetCore.Components;

namespace Keyplan.Web.Plans.Sections;

public sealed class ActionForm
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public string? Title { get; set; }
    public Guid? ObjectiveId { get; set; }
    public List<Guid> Addresses { get; init; } = [];
    public string? OwnerUserId { get; set; }
    public DateOnly? DueDate { get; set; }
    public decimal? Cost { get; set; }
    public ActionStatus Status { get; set; }
    public string? CommercialImpact { get; set; }
}

public sealed class ActionsForm
{
    public List<ActionForm> Actions { get; init; } = [];
}

/// <summary>Someone of us an action or visit can be assigned to: the plan owner or a member of the plan team.</summary>
public sealed record PersonChoice(string UserId, string Name)
{
    public static IReadOnlyList<PersonChoice> From(PlanDetails plan) =>
        [.. new[] { new PersonChoice(plan.OwnerId, plan.OwnerName) }
            .Concat(plan.Team.Select(t => new PersonChoice(t.UserId, t.DisplayName)))
            .DistinctBy(p => p.UserId, StringComparer.Ordinal)];
}

/// <summary>An objective an action can serve or a KPI can measure.</summary>
public sealed record ObjectiveChoice(Guid Id, string Name)
{
    /// <summary>The plan's objectives in their order; one without a title is named by its position ("Objective 2").</summary>
    public static IReadOnlyList<ObjectiveChoice> From(PlanDetails plan, Func<int, string> untitled) =>
        Objectives(plan).Select((o, i) => new ObjectiveChoice(o.Id, string.IsNullOrWhiteSpace(o.Title) ? untitled(i + 1) : o.Title)).ToList();

    public static IReadOnlyList<Objective> Objectives(PlanDetails plan) =>
        (plan.Sections.FirstOrDefault(s => s.Key == SectionKeys.Objectives)?.Content as ObjectivesSection)?.Objectives ?? [];
}

public sealed partial class ActionsEditor
{
    private IReadOnlyList<TopChoice> _topItems = [];
    private IReadOnlyList<PersonChoice> _people = [];
    private IReadOnlyList<ObjectiveChoice> _objectives = [];
    private string? _currency;

    protected override string Key => SectionKeys.Actions;

    protected override ActionsForm ToForm(ActionsSection content) => new()
    {
        Actions = [.. content.Actions.Select(a => new ActionForm
        {
            Id = a.Id, Title = a.Title, ObjectiveId = a.ObjectiveId, Addresses = [.. a.Addresses], OwnerUserId = a.OwnerUserId,
            DueDate = a.DueDate, Cost = a.Cost, Status = a.Status, CommercialImpact = a.CommercialImpact,
        })],
    };

    protected override ActionsSection ToContent(ActionsForm form) => new()
    {
        Actions = [.. form.Actions.Select(a => new PlanAction
        {
            Id = a.Id, Title = a.Title, ObjectiveId = a.ObjectiveId, Addresses = [.. a.Addresses],
            OwnerUserId = string.IsNullOrEmpty(a.OwnerUserId) ? null : a.OwnerUserId,
            DueDate = a.DueDate, Cost = a.Cost, Status = a.Status, CommercialImpact = a.CommercialImpact,
        })],
    };

    protected override string? Resolve(string value) =>
        _people.FirstOrDefault(p => p.UserId == value)?.Name
        ?? (Guid.TryParse(value, out var id) ? ObjectiveName(id) : null)
        ?? base.Resolve(value);

    protected override async Task LoadLookupsAsync(CancellationToken cancellationToken)
    {
        var swot = Plan.Sections.FirstOrDefault(s => s.Key == SectionKeys.Swot)?.Content as SwotSection;
        _topItems = TopChoice.From(swot, L["Swot.Untitled"]);
        _people = PersonChoice.From(Plan);
        _objectives = ObjectiveChoice.From(Plan, n => L["Objectives.ItemLabel", n]);

        await using var scope = Scopes.CreateAsyncScope();
        var account = await scope.ServiceProvider.GetRequiredService<GetAccountHandler>().HandleAsync(Plan.AccountId, User, cancellationToken);
        _currency = account.Value?.Currency;
    }

    private string? ObjectiveName(Guid id) => _objectives.FirstOrDefault(o => o.Id == id)?.Name;

    private void Add()
    {
        Form!.Actions.Add(new ActionForm());
        // An empty new item is not saved (it could not be: it has no title yet); typing into it saves.
    }

    private void Remove(ActionForm action)
    {
        Form!.Actions.Remove(action);
        Changed();
    }
}
