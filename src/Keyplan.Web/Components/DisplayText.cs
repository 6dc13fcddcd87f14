using Keyplan.Core.Accounts;
using Microsoft.Extensions.Localization;

namespace Keyplan.Web.Components;

/// <summary>Localized names of codes and enum values the UI shows.</summary>
public static class DisplayText
{
    /// <summary>
    /// The country's name in the UI language. RegionInfo.DisplayName follows the server's OS language, not the user's,
    /// so the names come from our resources; a country without one shows its code.
    /// </summary>
    public static string CountryName(this IStringLocalizer localizer, string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return string.Empty;
        }

        var name = localizer["Country." + code.ToUpperInvariant()];
        return name.ResourceNotFound ? code.ToUpperInvariant() : name.Value;
    }

    public static string TeamRoleName(this IStringLocalizer localizer, TeamRole role) => localizer["TeamRole." + role];

    public static string YesNo(this IStringLocalizer localizer, bool value) => localizer[value ? "Common.Yes" : "Common.No"];
}
