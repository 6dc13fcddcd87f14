using Keyplan.Core.Identity;

namespace Keyplan.Core.Import;

/// <summary>Imports change many accounts at once: only leadership and administrators run them.</summary>
public static class ImportAccess
{
    public static bool CanImport(CurrentUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.IsInRole(Roles.Administrator) || user.IsInRole(Roles.Management) || user.IsInRole(Roles.BusinessAreaManager);
    }
}
