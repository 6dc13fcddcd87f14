using Keyplan.Core.Data;
using Keyplan.Core.Identity;
using Keyplan.Core.Organisation;
using Microsoft.EntityFrameworkCore;

namespace Keyplan.Core.Accounts;

public sealed class GetAccountHandler(KeyplanDbContext db)
{
    public async Task<Result<AccountDetails>> HandleAsync(int id, CurrentUser user, CancellationToken cancellationToken)
    {
        var account = await db.Accounts.AsNoTracking().VisibleTo(user)
            .Include(a => a.BusinessArea)
            .Include(a => a.KeyAccountManager)
            .Include(a => a.ParentAccount)
            .Include(a => a.Team).ThenInclude(t => t.User)
            .AsSplitQuery()
            .FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (account is null)
        {
            return new Failure.NotFound();
        }

        var subsidiaries = await db.Accounts.AsNoTracking().VisibleTo(user)
            .Where(a => a.ParentAccountId == id)
            .OrderBy(a => a.Name)
            .Select(a => new AccountReference(a.Id, a.Name))
            .ToListAsync(cancellationToken);
        var organisationCurrency = await db.OrganisationSettings.AsNoTracking()
            .Select(s => s.Currency).FirstOrDefaultAsync(cancellationToken) ?? OrganisationSettings.DefaultCurrency;

        return new AccountDetails(
            account.Id,
            account.Name,
            account.AccountNumber,
            account.SourceSystem,
            account.SourceRecordId,
            account.ParentAccountId,
            account.ParentAccount?.Name,
            account.Industry,
            account.Country,
            account.City,
            account.Website,
            account.Employees,
            account.AnnualRevenue,
            account.Currency ?? organisationCurrency,
            account.Currency,
            account.BusinessAreaId,
            account.BusinessArea!.Name,
            account.KeyAccountManagerId,
            account.KeyAccountManager?.DisplayName,
            account.IsKeyAccount,
            account.Description,
            account.Team.OrderBy(t => t.User!.DisplayName)
                .Select(t => new TeamMemberDetails(t.UserId, t.User!.DisplayName, t.Role)).ToList(),
            subsidiaries,
            account.Version,
            AccountAccess.CanEdit(user, account),
            AccountAccess.CanDelete(user, account),
            account.CreatedAt,
            account.UpdatedAt);
    }
}
