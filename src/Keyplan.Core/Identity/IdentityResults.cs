using Microsoft.AspNetCore.Identity;

namespace Keyplan.Core.Identity;

internal static class IdentityResults
{
    /// <summary>For Identity calls whose failure is a bug or a broken database, not a user's mistake.</summary>
    public static void EnsureSucceeded(this IdentityResult result, string action)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                $"Could not {action}: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
    }
}
