namespace Keyplan.Core.Identity;

/// <summary>Who is asking: the signed-in user as the use cases see them.</summary>
public sealed record CurrentUser(string Id, string DisplayName, IReadOnlySet<string> Roles, int? BusinessAreaId)
{
    public bool IsInRole(string role) => Roles.Contains(role);

    /// <summary>Management and administrators see every account (SPEC §1).</summary>
    public bool SeesAll => IsInRole(Keyplan.Core.Identity.Roles.Administrator) || IsInRole(Keyplan.Core.Identity.Roles.Management);
}
