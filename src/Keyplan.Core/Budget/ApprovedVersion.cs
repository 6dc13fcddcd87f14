using Keyplan.Core.Workflow;

namespace Keyplan.Core.Budget;

/// <summary>Reads the sections of an approved version's snapshot, as JSON by section key.</summary>
internal static class ApprovedVersion
{
    public static Dictionary<string, string> Sections(string snapshot) =>
        VersionSnapshot.Parts(snapshot)
            .Where(p => p.Key != VersionSnapshot.HeaderKey && p.Content is not null)
            .ToDictionary(p => p.Key, p => p.Content!.ToJsonString());
}
