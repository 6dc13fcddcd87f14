using Keyplan.Core.Identity;
using Keyplan.Core.Plans;

namespace Keyplan.Core.Workflow;

/// <summary>
/// A frozen copy of a whole plan, taken when it is approved: its header and every section's content as one JSON
/// document (<see cref="VersionSnapshot"/>). Later edits work on the next version; this one stays the reference.
/// </summary>
public class PlanVersion
{
    public int Id { get; set; }
    public int PlanId { get; set; }
    public Plan? Plan { get; set; }
    public int Number { get; set; }
    public DateTimeOffset ApprovedAt { get; set; }
    public string? ApprovedById { get; set; }
    public User? ApprovedBy { get; set; }
    public required string Snapshot { get; set; }
}
