using Keyplan.Core.Identity;

namespace Keyplan.Core.Demo;

/// <summary>
/// The sign-ins of the demo data; all use <see cref="DemoSeeder.DemoPassword"/>. Business areas are named by code:
/// IA (the first), PS (the second), BT (the third).
/// </summary>
public static class DemoUsers
{
    public const string Admin = "admin@demo.keyplan";
    public const string Management = "management@demo.keyplan";

    /// <summary>Business Area Manager of IA.</summary>
    public const string Bam = "bam@demo.keyplan";

    /// <summary>KAM in IA, of most of its key accounts; owns and is on the team of no account outside IA.</summary>
    public const string Kam = "kam@demo.keyplan";

    /// <summary>KAM in PS; all their accounts are in PS.</summary>
    public const string Kam2 = "kam2@demo.keyplan";

    /// <summary>Team member on some of <see cref="Kam"/>'s accounts and on no other account.</summary>
    public const string Team = "team@demo.keyplan";

    /// <summary>The second KAM in IA, the second in PS and the one in BT.</summary>
    public const string Kam3 = "kam3@demo.keyplan";
    public const string Kam4 = "kam4@demo.keyplan";
    public const string Kam5 = "kam5@demo.keyplan";

    /// <summary>Every demo sign-in with its name, role and business area code.</summary>
    public static readonly IReadOnlyList<DemoUser> All =
    [
        new(Admin, "Anna Berger", Roles.Administrator, null),
        new(Management, "Martin Vogel", Roles.Management, null),
        new(Bam, "Sabine Krüger", Roles.BusinessAreaManager, "IA"),
        new(Kam, "Thomas Becker", Roles.KeyAccountManager, "IA"),
        new(Kam2, "Eva de Vries", Roles.KeyAccountManager, "PS"),
        new(Team, "Lukas Hoffmann", Roles.TeamMember, "IA"),
        new(Kam3, "Jan Visser", Roles.KeyAccountManager, "IA"),
        new(Kam4, "Oliver Grant", Roles.KeyAccountManager, "PS"),
        new(Kam5, "Claudia Richter", Roles.KeyAccountManager, "BT"),
    ];
}

public sealed record DemoUser(string Email, string DisplayName, string Role, string? BusinessAreaCode);
