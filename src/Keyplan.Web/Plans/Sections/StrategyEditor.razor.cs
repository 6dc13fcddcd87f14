using Keyplan.Core.Accounts;
using Keyplan.Core.Plans.Sections;

namespace Keyplan.Web.Plans.Sections;

public sealed class StrategyEntryForm
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid? ObjectiveId { get; set; }
    public string? WhatWeSell { get; set; }
    public List<int> ContactIds { get; init; } = [];
    public string? Arguments { get; set; }
    public SalesChannel? Channel { get; set; }
    public string? Conditions { get; set; }
}

public sealed class StrategyForm
{
    public List<StrategyEntryForm> Entries { get; init; } = [];
}

/// <summary>The strategy entries of one objective, as the page shows them: grouped under the objective they work towards.</summary>
/// <param name="Objective">Null for entries whose objective was removed from the plan.</param>
public sealed record StrategyGroup(ObjectiveChoice? Objective, int Number, IReadOnlyList<StrategyEntryForm> Entries);

public sealed partial class StrategyEditor
{
    private IReadOnlyList<ObjectiveChoice> _objectives = [];
    private IReadOnlyList<ContactDetails> _contacts = [];

    protected override string Key => SectionKeys.Strategy;

    protected override StrategyForm ToForm(StrategySection content) => new()
    {
        Entries = [.. content.Entries.Select(e => new StrategyEntryForm
        {
            Id = e.Id, ObjectiveId = e.ObjectiveId, WhatWeSell = e.WhatWeSell, ContactIds = [.. e.ContactIds], Arguments = e.Arguments,
            Channel = e.Channel, Conditions = e.Conditions,
        })],
    };

    protected override StrategySection ToContent(StrategyForm form) => new()
    {
        Entries = [.. form.Entries.Select(e => new StrategyEntry
        {
            Id = e.Id, ObjectiveId = e.ObjectiveId, WhatWeSell = e.WhatWeSell, ContactIds = [.. e.ContactIds], Arguments = e.Arguments,
            Channel = e.Channel, Conditions = e.Conditions,
        })],
    };

    protected override string? Resolve(string value) =>
        (Guid.TryParse(value, out var id) ? _objectives.FirstOrDefault(o => o.Id == id)?.Name : null)
        ?? (int.TryParse(value, out var contactId) ? _contacts.FirstOrDefault(c => c.Id == contactId)?.FullName : null)
        ?? base.Resolve(value);

    protected override async Task LoadLookupsAsync(CancellationToken cancellationToken)
    {
        // The objectives are read from the plan as it was loaded: they are edited on their own page.
        var objectives = Plan.Sections.FirstOrDefault(s => s.Key == SectionKeys.Objectives)?.Content as ObjectivesSection;
        _objectives = objectives is null
            ? []
            : [.. objectives.Objectives.Select((o, i) => new ObjectiveChoice(o.Id, string.IsNullOrWhiteSpace(o.Title)
                ? L["Objectives.ItemLabel", i + 1].Value
                : o.Title))];
        await using var scope = Scopes.CreateAsyncScope();
        var contacts = await scope.ServiceProvider.GetRequiredService<ListContactsHandler>().HandleAsync(Plan.AccountId, User, cancellationToken);
        _contacts = contacts.Value ?? [];
    }

    /// <summary>One group per objective, in the objectives' order, then the entries whose objective no longer exists.</summary>
    private List<StrategyGroup> Groups()
    {
        var groups = _objectives.Select((o, i) => new StrategyGroup(o, i + 1, [.. Form!.Entries.Where(e => e.ObjectiveId == o.Id)])).ToList();
        var orphans = Form!.Entries.Where(e => _objectives.All(o => o.Id != e.ObjectiveId)).ToList();
        if (orphans.Count > 0)
        {
            groups.Add(new StrategyGroup(null, groups.Count + 1, orphans));
        }

        return groups;
    }

    private void Add(ObjectiveChoice objective)
    {
        Form!.Entries.Add(new StrategyEntryForm { ObjectiveId = objective.Id });
        // An empty new entry is not saved until something is typed or chosen.
    }

    private void Remove(StrategyEntryForm entry)
    {
        Form!.Entries.Remove(entry);
        Changed();
    }
}
