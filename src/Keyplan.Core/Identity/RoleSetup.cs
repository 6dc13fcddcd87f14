using Microsoft.AspNetCore.Identity;

namespace Keyplan.Core.Identity;

/// <summary>Creates the roles of <see cref="Roles.All"/> that are missing, so a fresh database can take users.</summary>
public static class RoleSetup
{
    public static async Task EnsureRolesAsync(RoleManager<IdentityRole> roles, CancellationToken cancellationToken)
    {
        foreach (var role in Roles.All)
        {
            // RoleManager takes no token; checking between roles is the cancellation point it leaves us.
            cancellationToken.ThrowIfCancellationRequested();
            if (!await roles.RoleExistsAsync(role))
            {
                (await roles.CreateAsync(new IdentityRole(role))).EnsureSucceeded($"create role {role}");
            }
        }
    }
}
