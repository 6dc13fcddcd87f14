using Keyplan.Core.Dashboards;

namespace Keyplan.Web.Dashboards;

/// <summary>The programme as the administrator's form edits it.</summary>
public sealed class RolloutFormModel
{
    public sealed class BenefitRow
    {
        public string? Description { get; set; }
        public decimal? Amount { get; set; }
    }

    public sealed class MilestoneRow
    {
        public string? Title { get; set; }
        public DateOnly? Due { get; set; }
        public bool Done { get; set; }
    }

    public string? Goals { get; set; }
    public decimal? Budget { get; set; }
    public List<BenefitRow> Benefits { get; init; } = [];
    public List<MilestoneRow> Milestones { get; init; } = [];
    public int Version { get; init; }

    public static RolloutFormModel From(RolloutView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return new RolloutFormModel
        {
            Goals = view.Goals,
            Budget = view.Budget,
            Version = view.Version,
            Benefits = [.. view.Benefits.Select(b => new BenefitRow { Description = b.Description, Amount = b.Amount })],
            Milestones = [.. view.Milestones.Select(m => new MilestoneRow { Title = m.Title, Due = m.Due, Done = m.Done })],
        };
    }

    public RolloutProgrammeInput ToInput() => new()
    {
        Goals = Goals,
        Budget = Budget,
        Benefits = [.. Benefits.Select(b => new ExpectedBenefit { Description = b.Description, Amount = b.Amount })],
        Milestones = [.. Milestones.Select(m => new Milestone { Title = m.Title, Due = m.Due, Done = m.Done })],
    };
}
