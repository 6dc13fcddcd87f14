using Keyplan.Core.Data;
using Keyplan.Core.Identity;
using Keyplan.Core.Resources;
using Microsoft.EntityFrameworkCore;

namespace Keyplan.Core.Accounts;

/// <summary>The checks of an <see cref="AccountInput"/> that need the database, shared by create and update.</summary>
internal static class AccountRules
{
    public static async Task<Failure.Invalid?> ValidateAsync(
        KeyplanDbContext db, AccountInput input, CurrentUser user, int? accountId, CancellationToken cancellationToken)
    {
        var errors = new ErrorCollector();
        errors.Merge(RequestValidation.Validate(input));
        for (var i = 0; i < input.Team.Count; i++)
        {
            foreach (var (field, messages) in RequestValidation.Validate(input.Team[i])?.Errors ?? new Dictionary<string, string[]>())
            {
                Array.ForEach(messages, m => errors.Add($"team[{i}].{field}", m));
            }
        }

        if (input.BusinessAreaId is { } businessAreaId)
        {
            if (!await db.BusinessAreas.AnyAsync(b => b.Id == businessAreaId, cancellationToken))
            {
                errors.Add(nameof(input.BusinessAreaId), ValidationText.UnknownBusinessArea);
            }
            else if (!user.IsInRole(Roles.Administrator) && user.IsInRole(Roles.BusinessAreaManager)
                && user.BusinessAreaId != businessAreaId)
            {
                errors.Add(nameof(input.BusinessAreaId), ValidationText.BusinessAreaNotYours);
            }
        }

        if (!string.IsNullOrEmpty(input.KeyAccountManagerId) && !await IsKeyAccountManagerAsync(db, input.KeyAccountManagerId, cancellationToken))
        {
            errors.Add(nameof(input.KeyAccountManagerId), ValidationText.UnknownKeyAccountManager);
        }

        if (input.ParentAccountId is { } parentId)
        {
            if (!await db.Accounts.VisibleTo(user).AnyAsync(a => a.Id == parentId, cancellationToken))
            {
                errors.Add(nameof(input.ParentAccountId), ValidationText.UnknownParentAccount);
            }
            else if (accountId is { } id && await WouldCreateCycleAsync(db, id, parentId, cancellationToken))
            {
                errors.Add(nameof(input.ParentAccountId), ValidationText.ParentCycle);
            }
        }

        await ValidateTeamAsync(db, input.Team, errors, cancellationToken);
        return errors.ToFailure();
    }

    /// <summary>Team members must be known users, each once; shared by account edits and nominations.</summary>
    public static async Task ValidateTeamAsync(
        KeyplanDbContext db, IReadOnlyList<TeamMemberInput> team, ErrorCollector errors, CancellationToken cancellationToken)
    {
        var userIds = team.Select(t => t.UserId).OfType<string>().Distinct().ToList();
        var known = await db.Users.Where(u => userIds.Contains(u.Id)).Select(u => u.Id).ToListAsync(cancellationToken);
        var seen = new HashSet<string>();
        for (var i = 0; i < team.Count; i++)
        {
            if (team[i].UserId is not { } userId)
            {
                continue;
            }

            if (!known.Contains(userId))
            {
                errors.Add($"team[{i}].userId", ValidationText.UnknownUser);
            }
            else if (!seen.Add(userId))
            {
                errors.Add($"team[{i}].userId", ValidationText.DuplicateTeamMember);
            }
        }
    }

    /// <summary>The account if the user sees it (else NotFound) and may edit it (else Forbidden).</summary>
    public static async Task<Result<Account>> EditableAccountAsync(
        KeyplanDbContext db, int accountId, CurrentUser user, CancellationToken cancellationToken)
    {
        var account = await db.Accounts.AsNoTracking().VisibleTo(user).FirstOrDefaultAsync(a => a.Id == accountId, cancellationToken);
        if (account is null)
        {
            return new Failure.NotFound();
        }

        return AccountAccess.CanEdit(user, account) ? account : new Failure.Forbidden();
    }

    public static Task<bool> IsKeyAccountManagerAsync(KeyplanDbContext db, string userId, CancellationToken cancellationToken) =>
        (from userRole in db.UserRoles
         join role in db.Roles on userRole.RoleId equals role.Id
         where userRole.UserId == userId && role.Name == Roles.KeyAccountManager
         select userRole).AnyAsync(cancellationToken);

    /// <summary>True when <paramref name="parentId"/> is the account itself or one of its descendants.</summary>
    private static async Task<bool> WouldCreateCycleAsync(KeyplanDbContext db, int accountId, int parentId, CancellationToken cancellationToken)
    {
        int? current = parentId;
        var visited = new HashSet<int>();
        while (current is { } id && visited.Add(id))
        {
            if (id == accountId)
            {
                return true;
            }

            current = await db.Accounts.Where(a => a.Id == id).Select(a => a.ParentAccountId).FirstOrDefaultAsync(cancellationToken);
        }

        return false;
    }

    /// <summary>Copies the input onto the entity; team membership is replaced by the input's list.</summary>
    public static void Apply(AccountInput input, Account account)
    {
        account.Name = input.Name!.Trim();
        account.AccountNumber = Clean(input.AccountNumber);
        account.SourceSystem = Clean(input.SourceSystem);
        account.SourceRecordId = Clean(input.SourceRecordId);
        account.ParentAccountId = input.ParentAccountId;
        account.Industry = Clean(input.Industry);
        account.Country = Clean(input.Country)?.ToUpperInvariant();
        account.City = Clean(input.City);
        account.Website = Clean(input.Website);
        account.Employees = input.Employees;
        account.AnnualRevenue = input.AnnualRevenue;
        account.Currency = Clean(input.Currency)?.ToUpperInvariant();
        account.BusinessAreaId = input.BusinessAreaId!.Value;
        account.KeyAccountManagerId = Clean(input.KeyAccountManagerId);
        account.IsKeyAccount = input.IsKeyAccount;
        account.Description = Clean(input.Description);
        ApplyTeam(input.Team, account);
    }

    /// <summary>Makes the account's team the given one; members who stay keep their row.</summary>
    public static void ApplyTeam(IReadOnlyList<TeamMemberInput> team, Account account)
    {
        account.Team.RemoveAll(t => team.All(i => i.UserId != t.UserId));
        foreach (var member in team.Where(i => i.UserId is not null))
        {
            var existing = account.Team.Find(t => t.UserId == member.UserId);
            if (existing is null)
            {
                account.Team.Add(new AccountTeamMember { UserId = member.UserId!, Role = member.Role });
            }
            else
            {
                existing.Role = member.Role;
            }
        }
    }

    public static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
