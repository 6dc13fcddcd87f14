using Keyplan.Core.Plans.Sections;

namespace Keyplan.Web.Plans.Sections;

public sealed class SwotItemForm
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public string? Text { get; set; }
    public string? Implication { get; set; }

    public static SwotItemForm From(SwotItem item) => new() { Id = item.Id, Text = item.Text, Implication = item.Implication };

    public SwotItem ToItem() => new() { Id = Id, Text = Text, Implication = Implication };
}

public sealed class TopItemForm
{
    public Guid? ItemId { get; set; }
    public int? Impact { get; set; }
    public int? Likelihood { get; set; }

    public static TopItemForm From(TopItem item) => new() { ItemId = item.ItemId, Impact = item.Impact, Likelihood = item.Likelihood };

    public TopItem ToItem() => new() { ItemId = ItemId, Impact = Impact, Likelihood = Likelihood };
}

/// <summary>The SWOT as the form edits it; property names follow the API ("topRisks[0].impact").</summary>
public sealed class SwotForm
{
    public List<SwotItemForm> Strengths { get; init; } = [];
    public List<SwotItemForm> Weaknesses { get; init; } = [];
    public List<SwotItemForm> Opportunities { get; init; } = [];
    public List<SwotItemForm> Threats { get; init; } = [];
    public List<TopItemForm> TopOpportunities { get; init; } = [];
    public List<TopItemForm> TopRisks { get; init; } = [];
}

public sealed partial class SwotEditor
{
    protected override string Key => SectionKeys.Swot;

    private int TopLimit => SectionLimits.TopItemsFor(Plan.Template.BasedOn);

    protected override SwotForm ToForm(SwotSection content) => new()
    {
        Strengths = [.. content.Strengths.Select(SwotItemForm.From)],
        Weaknesses = [.. content.Weaknesses.Select(SwotItemForm.From)],
        Opportunities = [.. content.Opportunities.Select(SwotItemForm.From)],
        Threats = [.. content.Threats.Select(SwotItemForm.From)],
        TopOpportunities = [.. content.TopOpportunities.Select(TopItemForm.From)],
        TopRisks = [.. content.TopRisks.Select(TopItemForm.From)],
    };

    protected override SwotSection ToContent(SwotForm form) => new()
    {
        Strengths = [.. form.Strengths.Select(i => i.ToItem())],
        Weaknesses = [.. form.Weaknesses.Select(i => i.ToItem())],
        Opportunities = [.. form.Opportunities.Select(i => i.ToItem())],
        Threats = [.. form.Threats.Select(i => i.ToItem())],
        TopOpportunities = [.. form.TopOpportunities.Select(i => i.ToItem())],
        TopRisks = [.. form.TopRisks.Select(i => i.ToItem())],
    };

    private string ItemLabel(string field, int index) => L["Swot.ItemLabel." + field, index + 1];

    private string TopName(TopItemForm entry)
    {
        var form = Form!;
        var item = form.Opportunities.Concat(form.Threats).Concat(form.Weaknesses).FirstOrDefault(i => i.Id == entry.ItemId);
        return string.IsNullOrWhiteSpace(item?.Text) ? L["Swot.Untitled"] : item.Text;
    }

    private static List<(int? Impact, int? Likelihood)> Ratings(List<TopItemForm> top) => [.. top.Select(t => (t.Impact, t.Likelihood))];

    private static void Add(List<SwotItemForm> items)
    {
        items.Add(new SwotItemForm());
        // An empty new item is not saved (it could not be: it has no text yet); typing into it saves.
    }

    private void Remove(List<SwotItemForm> items, SwotItemForm item)
    {
        items.Remove(item);
        // A removed item cannot stay in the top lists.
        Form!.TopOpportunities.RemoveAll(t => t.ItemId == item.Id);
        Form.TopRisks.RemoveAll(t => t.ItemId == item.Id);
        Changed();
    }

    private void Promote(List<TopItemForm> top, SwotItemForm item)
    {
        if (top.Count < TopLimit)
        {
            top.Add(new TopItemForm { ItemId = item.Id });
            Changed();
        }
    }

    private void Demote(List<TopItemForm> top, TopItemForm entry)
    {
        top.Remove(entry);
        Changed();
    }

    private void Move(List<TopItemForm> top, int index, int offset)
    {
        if (TopItemRanking.Move(top, index, offset))
        {
            Changed();
        }
    }

    private void ApplySuggested(List<TopItemForm> top)
    {
        var order = TopItemRanking.SuggestedOrder(Ratings(top)).Select(i => top[i]).ToList();
        top.Clear();
        top.AddRange(order);
        Changed();
    }
}
