using Keyplan.Core.Data;
using Keyplan.Core.Identity;
using Keyplan.Core.Plans;
using Keyplan.Core.Resources;
using Microsoft.EntityFrameworkCore;

namespace Keyplan.Core.Documents.BulkExport;

/// <summary>What a zip export covers: the plans of one business area and fiscal year, in one format.</summary>
public sealed record BulkExportRequest(int? BusinessAreaId, int? Year, string? Format);

/// <summary>The plans a user's zip export will contain, checked and resolved before the job is queued.</summary>
public sealed record BulkExportSelection(int BusinessAreaId, string BusinessAreaName, int Year, ExportFormat Format, IReadOnlyList<int> PlanIds);

/// <summary>
/// Exports of many plans are leadership's tool (SPEC §3): Business Area Managers, management and administrators may
/// start them; KAMs export their plans one at a time. The zip holds only plans the user may see (<see cref="PlanAccess"/>).
/// </summary>
public sealed class SelectBulkExportPlansHandler(KeyplanDbContext db)
{
    public const int MinYear = 2000;
    public const int MaxYear = 2100;

    public static bool CanStart(CurrentUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.SeesAll || user.IsInRole(Roles.BusinessAreaManager);
    }

    public async Task<Result<BulkExportSelection>> HandleAsync(BulkExportRequest request, CurrentUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!CanStart(user))
        {
            return new Failure.Forbidden();
        }

        var errors = new Dictionary<string, string[]>();
        string? areaName = null;
        if (request.BusinessAreaId is not { } areaId)
        {
            errors["businessAreaId"] = [ValidationText.Required];
        }
        else
        {
            areaName = await db.BusinessAreas.AsNoTracking().Where(b => b.Id == areaId).Select(b => b.Name).FirstOrDefaultAsync(cancellationToken);
            if (areaName is null)
            {
                errors["businessAreaId"] = [ValidationText.UnknownBusinessArea];
            }
        }

        if (request.Year is not (>= MinYear and <= MaxYear))
        {
            errors["year"] = [ValidationText.Format(nameof(ValidationText.Range), "year", MinYear, MaxYear)];
        }

        var format = ExportRequest.Parse(request.Format, audience: null);
        if (!format.Succeeded)
        {
            errors["format"] = [DocumentText.UnknownValue("pdf, docx, xlsx")];
        }

        if (errors.Count > 0)
        {
            return new Failure.Invalid(errors);
        }

        var businessAreaId = request.BusinessAreaId!.Value;
        var year = request.Year!.Value;
        var planIds = await db.Plans.AsNoTracking().VisibleTo(db, user)
            .Where(p => p.Account!.BusinessAreaId == businessAreaId && p.FiscalYear == year)
            .OrderBy(p => p.Account!.Name).ThenBy(p => p.Id)
            .Select(p => p.Id)
            .ToListAsync(cancellationToken);
        if (planIds.Count == 0)
        {
            // An empty zip would look like a failed export; say why there is nothing in it instead.
            return new Failure.Invalid(new Dictionary<string, string[]>
            {
                ["businessAreaId"] = [ValidationText.Format("NoPlansToExport", areaName!, year)],
            });
        }

        return new BulkExportSelection(businessAreaId, areaName!, year, format.Value.Format, planIds);
    }
}
