using Keyplan.Core.Plans.Sections;

namespace Keyplan.Web.Plans.Sections;

public sealed class ValueChainStageForm
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public string? Name { get; set; }
    public string? Requirements { get; set; }
    public string? PainPoints { get; set; }
    public string? OurValueAdd { get; set; }
}

/// <summary>The value chain as the form edits it; property names follow the API ("stages[0].painPoints").</summary>
public sealed class ValueChainForm
{
    public List<ValueChainStageForm> Stages { get; init; } = [];
}

public sealed partial class ValueChainEditor
{
    protected override string Key => SectionKeys.ValueChain;

    protected override ValueChainForm ToForm(ValueChainSection content) => new()
    {
        Stages = [.. content.Stages.Select(s => new ValueChainStageForm
        {
            Id = s.Id, Name = s.Name, Requirements = s.Requirements, PainPoints = s.PainPoints, OurValueAdd = s.OurValueAdd,
        })],
    };

    protected override ValueChainSection ToContent(ValueChainForm form) => new()
    {
        Stages = [.. form.Stages.Select(s => new ValueChainStage
        {
            Id = s.Id, Name = s.Name, Requirements = s.Requirements, PainPoints = s.PainPoints, OurValueAdd = s.OurValueAdd,
        })],
    };

    private string StageLabel(int index) => L["ValueChain.StageLabel", index + 1];

    private void Add()
    {
        Form!.Stages.Add(new ValueChainStageForm());
        // An empty new stage is not saved (it could not be: it has no name yet); typing into it saves.
    }

    private void Remove(ValueChainStageForm stage)
    {
        Form!.Stages.Remove(stage);
        Changed();
    }

    private void Move(int index, int offset)
    {
        if (TopItemRanking.Move(Form!.Stages, index, offset))
        {
            Changed();
        }
    }
}
