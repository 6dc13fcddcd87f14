using Keyplan.Core.Data;
using Keyplan.Core.Identity;
using Keyplan.Core.Organisation;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Keyplan.Core.Demo;

/// <summary>
/// Fills an empty database with a demo company: business areas, product groups, 60 customer accounts in Germany,
/// the Netherlands and the UK with contacts and three years of revenue, the users of <see cref="DemoUsers"/>, and key
/// account plans for the current year (<see cref="DemoPlans"/>).
/// The content is the same on every run (a fixed random seed); only ids and timestamps differ.
/// </summary>
public sealed class DemoSeeder(KeyplanDbContext db, UserManager<User> users, RoleManager<IdentityRole> roles, TimeProvider clock)
{
    public const string DemoPassword = "Keyplan!2026";

    /// <summary>The SourceSystem of demo accounts and contacts, so they can be told from imported ones.</summary>
    public const string SourceSystem = "Demo";

    private const int RandomSeed = 2026;

    private static readonly (string Name, string Code)[] BusinessAreas =
        [("Industrial Automation", "IA"), ("Process Solutions", "PS"), ("Building Technologies", "BT")];

    private static readonly (string Name, string Code)[] ProductGroups =
        [("Sensors", "SEN"), ("Drives", "DRV"), ("Controllers", "CTL"), ("Software", "SW"), ("Services", "SVC")];

    public Task EnsureRolesAsync(CancellationToken cancellationToken) => RoleSetup.EnsureRolesAsync(roles, cancellationToken);

    /// <returns>True when the database had no accounts and no users and now holds the demo; false when nothing was changed.</returns>
    public async Task<bool> SeedIfEmptyAsync(CancellationToken cancellationToken)
    {
        await EnsureRolesAsync(cancellationToken);
        if (await db.Accounts.AnyAsync(cancellationToken) || await db.Users.AnyAsync(cancellationToken))
        {
            return false;
        }

        // All or nothing: a half-seeded database counts as not empty and could never be seeded again.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var businessAreas = await SeedOrganisationAsync(cancellationToken);
        var productGroups = await db.ProductGroups.OrderBy(p => p.Id).ToListAsync(cancellationToken);
        var demoUsers = await SeedUsersAsync(businessAreas);

        var accounts = new DemoAccounts(businessAreas, productGroups, demoUsers, new Random(RandomSeed), clock.GetUtcNow()).Build();
        db.Accounts.AddRange(accounts);
        await db.SaveChangesAsync(cancellationToken);

        // Plans link contacts and product groups by id, so they follow the saved accounts.
        var plans = new DemoPlans(accounts, productGroups, demoUsers, clock.GetUtcNow()).Build();
        db.Plans.AddRange(plans);
        await db.SaveChangesAsync(cancellationToken);

        // Approved, submitted and returned plans, so the app shows every status of the workflow.
        var (transitions, versions, scores, notifications) = new DemoWorkflow(plans, demoUsers, clock.GetUtcNow()).Build();
        db.PlanTransitions.AddRange(transitions);
        db.PlanVersions.AddRange(versions);
        db.QualityScores.AddRange(scores);
        db.Notifications.AddRange(notifications);

        // Reviews held and overdue, a stale plan, and decision requests decided and waiting.
        var governance = new DemoGovernance(plans, demoUsers, clock.GetUtcNow());
        var (reviews, decisions, decisionNotifications) = governance.Build();
        db.RolloutProgrammes.Add(governance.Programme());
        db.PlanReviews.AddRange(reviews);
        db.DecisionSubmissions.AddRange(decisions);
        db.Notifications.AddRange(decisionNotifications);
        await db.SaveChangesAsync(cancellationToken);

        var criteria = await db.SelectionCriteria.OrderBy(c => c.Id).ToListAsync(cancellationToken);
        db.AccountRatings.AddRange(new DemoRatings(accounts, criteria, demoUsers, new Random(RandomSeed), clock.GetUtcNow()).Build());
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>Settings, business areas and product groups; rows an empty database already has are kept and reused.</summary>
    private async Task<Dictionary<string, BusinessArea>> SeedOrganisationAsync(CancellationToken cancellationToken)
    {
        var settings = await db.OrganisationSettings.FindAsync([OrganisationSettings.SingletonId], cancellationToken);
        if (settings is null)
        {
            db.OrganisationSettings.Add(new OrganisationSettings
            {
                CompanyName = "Demo Industrie GmbH",
                FiscalYearStartMonth = 1,
                Currency = OrganisationSettings.DefaultCurrency,
            });
        }

        var businessAreas = await db.BusinessAreas.ToDictionaryAsync(b => b.Code, StringComparer.Ordinal, cancellationToken);
        foreach (var (name, code) in BusinessAreas.Where(b => !businessAreas.ContainsKey(b.Code)))
        {
            businessAreas[code] = db.BusinessAreas.Add(new BusinessArea { Name = name, Code = code }).Entity;
        }

        var existingGroups = await db.ProductGroups.Select(p => p.Code).ToListAsync(cancellationToken);
        foreach (var (name, code) in ProductGroups.Where(p => !existingGroups.Contains(p.Code)))
        {
            db.ProductGroups.Add(new ProductGroup { Name = name, Code = code });
        }

        // Users and accounts refer to the areas by id.
        await db.SaveChangesAsync(cancellationToken);
        return businessAreas;
    }

    private async Task<Dictionary<string, User>> SeedUsersAsync(Dictionary<string, BusinessArea> businessAreas)
    {
        var created = new Dictionary<string, User>(StringComparer.Ordinal);
        foreach (var demoUser in DemoUsers.All)
        {
            var user = new User
            {
                UserName = demoUser.Email,
                Email = demoUser.Email,
                DisplayName = demoUser.DisplayName,
                EmailConfirmed = true,
                BusinessAreaId = demoUser.BusinessAreaCode is { } code ? businessAreas[code].Id : null,
            };
            (await users.CreateAsync(user, DemoPassword)).EnsureSucceeded($"create demo user {demoUser.Email}");
            (await users.AddToRoleAsync(user, demoUser.Role)).EnsureSucceeded($"add {demoUser.Email} to role {demoUser.Role}");
            created[demoUser.Email] = user;
        }

        return created;
    }
}
