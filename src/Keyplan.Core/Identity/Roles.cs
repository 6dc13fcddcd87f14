namespace Keyplan.Core.Identity;

/// <summary>The roles of SPEC §1. Role names are stored in Identity and used in authorization.</summary>
public static class Roles
{
    public const string Administrator = nameof(Administrator);
    public const string Management = nameof(Management);
    public const string BusinessAreaManager = nameof(BusinessAreaManager);
    public const string KeyAccountManager = nameof(KeyAccountManager);
    public const string TeamMember = nameof(TeamMember);

    public static readonly IReadOnlyList<string> All =
        [Administrator, Management, BusinessAreaManager, KeyAccountManager, TeamMember];

    public static bool IsKnown(string role) => All.Contains(role, StringComparer.Ordinal);

    /// <summary>Finds the canonical spelling of a role name typed in any case.</summary>
    public static string? Normalize(string role) =>
        All.FirstOrDefault(r => string.Equals(r, role, StringComparison.OrdinalIgnoreCase));
}
