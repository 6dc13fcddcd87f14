using Keyplan.Core.Data;
using Keyplan.Core.Identity;
using Microsoft.EntityFrameworkCore;

namespace Keyplan.Core.Import;

public sealed class GetImportHandler(KeyplanDbContext db)
{
    public async Task<Result<ImportPreview>> HandleAsync(int id, CurrentUser user, CancellationToken cancellationToken)
    {
        if (!ImportAccess.CanImport(user))
        {
            return new Failure.Forbidden();
        }

        var batch = await db.ImportBatches.AsNoTracking().SingleOrDefaultAsync(b => b.Id == id, cancellationToken);
        return batch is null ? new Failure.NotFound() : ImportPreview.From(batch);
    }
}
