using System.Globalization;
using System.Security.Claims;
using Keyplan.Core.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Keyplan.Web.Auth;

/// <summary>Adds what the access rule needs (business area) and what the UI shows (display name) to the sign-in.</summary>
internal sealed class KeyplanClaimsPrincipalFactory(
    UserManager<User> userManager, RoleManager<IdentityRole> roleManager, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<User, IdentityRole>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(User user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(KeyplanClaims.DisplayName, user.DisplayName));
        if (user.BusinessAreaId is { } businessAreaId)
        {
            identity.AddClaim(new Claim(KeyplanClaims.BusinessAreaId, businessAreaId.ToString(CultureInfo.InvariantCulture)));
        }

        return identity;
    }
}

public static class KeyplanClaims
{
    public const string DisplayName = "keyplan:display_name";
    public const string BusinessAreaId = "keyplan:business_area";

    /// <summary>The signed-in user as the use cases see them.</summary>
    public static CurrentUser ToCurrentUser(this ClaimsPrincipal principal)
    {
        var id = principal.FindFirstValue(ClaimTypes.NameIdentifier)
            ?? throw new InvalidOperationException("The request is not authenticated.");
        var roles = principal.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        var businessArea = int.TryParse(principal.FindFirstValue(BusinessAreaId), CultureInfo.InvariantCulture, out var value) ? value : (int?)null;
        return new CurrentUser(id, principal.FindFirstValue(DisplayName) ?? principal.Identity?.Name ?? id, roles, businessArea);
    }
}
