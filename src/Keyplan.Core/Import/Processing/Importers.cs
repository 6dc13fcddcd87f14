using Keyplan.Core.Data;

namespace Keyplan.Core.Import.Processing;

internal static class Importers
{
    public static IImporter For(ImportKind kind, KeyplanDbContext db, ImportSource source, TimeProvider clock) => kind switch
    {
        ImportKind.Accounts => new AccountImporter(db, source, clock),
        ImportKind.Contacts => new ContactImporter(db, source),
        _ => new RevenueImporter(db, source),
    };
}
