using Keyplan.Core.Plans.Sections;
using Microsoft.AspNetCore.Components;

namespace Keyplan.Web.Plans.Sections;

public sealed class ObjectiveForm
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public string? Title { get; set; }
    public ObjectiveMeasure? Measure { get; set; }
    public string? MeasureDescription { get; set; }
    public decimal? Baseline { get; set; }
    public decimal? Target { get; set; }
    public string? Unit { get; set; }
    public DateOnly? DueDate { get; set; }
    public List<Guid> Addresses { get; init; } = [];
}

public sealed class ObjectivesForm
{
    public List<ObjectiveForm> Objectives { get; init; } = [];
}

/// <summary>A top opportunity or risk an objective or action can address.</summary>
public sealed record TopChoice(Guid Id, string Name, bool IsRisk)
{
    /// <summary>The plan's top opportunities and top risks, in their ranked order.</summary>
    public static IReadOnlyList<TopChoice> From(SwotSection? swot, string untitled)
    {
        if (swot is null)
        {
            return [];
        }

        var names = swot.Opportunities.Concat(swot.Threats).Concat(swot.Weaknesses)
            .ToDictionary(i => i.Id, i => string.IsNullOrWhiteSpace(i.Text) ? untitled : i.Text);
        return swot.TopOpportunities.Where(t => t.ItemId is { } id && names.ContainsKey(id)).Select(t => new TopChoice(t.ItemId!.Value, names[t.ItemId.Value], false))
            .Concat(swot.TopRisks.Where(t => t.ItemId is { } id && names.ContainsKey(id)).Select(t => new TopChoice(t.ItemId!.Value, names[t.ItemId.Value], true)))
            .ToList();
    }
}

public sealed partial class ObjectivesEditor
{
    private IReadOnlyList<TopChoice> _topItems = [];

    protected override string Key => SectionKeys.Objectives;

    protected override ObjectivesForm ToForm(ObjectivesSection content) => new()
    {
        Objectives = [.. content.Objectives.Select(o => new ObjectiveForm
        {
            Id = o.Id, Title = o.Title, Measure = o.Measure, MeasureDescription = o.MeasureDescription, Baseline = o.Baseline,
            Target = o.Target, Unit = o.Unit, DueDate = o.DueDate, Addresses = [.. o.Addresses],
        })],
    };

    protected override ObjectivesSection ToContent(ObjectivesForm form) => new()
    {
        Objectives = [.. form.Objectives.Select(o => new Objective
        {
            Id = o.Id, Title = o.Title, Measure = o.Measure, MeasureDescription = o.MeasureDescription, Baseline = o.Baseline,
            Target = o.Target, Unit = o.Unit, DueDate = o.DueDate, Addresses = [.. o.Addresses],
        })],
    };

    protected override Task LoadLookupsAsync(CancellationToken cancellationToken)
    {
        var swot = Plan.Sections.FirstOrDefault(s => s.Key == SectionKeys.Swot)?.Content as SwotSection;
        _topItems = TopChoice.From(swot, L["Swot.Untitled"]);
        return Task.CompletedTask;
    }

    private void Add()
    {
        Form!.Objectives.Add(new ObjectiveForm());
        // An empty new item is not saved (it could not be: it has no text yet); typing into it saves.
    }

    private void Remove(ObjectiveForm objective)
    {
        Form!.Objectives.Remove(objective);
        Changed();
    }
}
