using Keyplan.Core.Plans.Sections;

namespace Keyplan.Web.Plans.Sections;

public sealed class ValueAddedServiceForm
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public string? Service { get; set; }
    public string? Description { get; set; }
    public ServiceStatus Status { get; set; }
}

public sealed class CommitmentForm
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public CommitmentParty By { get; set; }
    public string? Text { get; set; }
    public DateOnly? DueDate { get; set; }
    public CommitmentStatus Status { get; set; }
}

/// <summary>The added-value offering as the form edits it; property names follow the API ("commitments[1].dueDate").</summary>
public sealed class ValueOfferingForm
{
    public List<ValueAddedServiceForm> Services { get; init; } = [];
    public List<CommitmentForm> Commitments { get; init; } = [];
}

public sealed partial class ValueOfferingEditor
{
    protected override string Key => SectionKeys.ValueOffering;

    protected override ValueOfferingForm ToForm(ValueOfferingSection content) => new()
    {
        Services = [.. content.Services.Select(s => new ValueAddedServiceForm { Id = s.Id, Service = s.Service, Description = s.Description, Status = s.Status })],
        Commitments = [.. content.Commitments.Select(c => new CommitmentForm { Id = c.Id, By = c.By, Text = c.Text, DueDate = c.DueDate, Status = c.Status })],
    };

    protected override ValueOfferingSection ToContent(ValueOfferingForm form) => new()
    {
        Services = [.. form.Services.Select(s => new ValueAddedService { Id = s.Id, Service = s.Service, Description = s.Description, Status = s.Status })],
        Commitments = [.. form.Commitments.Select(c => new Commitment { Id = c.Id, By = c.By, Text = c.Text, DueDate = c.DueDate, Status = c.Status })],
    };

    private void AddService()
    {
        Form!.Services.Add(new ValueAddedServiceForm());
        // An empty new item is not saved (it could not be: it has no name yet); typing into it saves.
    }

    private void RemoveService(ValueAddedServiceForm service)
    {
        Form!.Services.Remove(service);
        Changed();
    }

    private void AddCommitment(CommitmentParty by) => Form!.Commitments.Add(new CommitmentForm { By = by });

    private void RemoveCommitment(CommitmentForm commitment)
    {
        Form!.Commitments.Remove(commitment);
        Changed();
    }
}
