using System.Globalization;
using Keyplan.Core.Accounts;
using Keyplan.Core.Identity;
using Keyplan.Core.Organisation;

namespace Keyplan.Core.Demo;

/// <summary>Builds the demo accounts with their contacts, revenue, key account managers and teams, unsaved.</summary>
internal sealed class DemoAccounts(
    IReadOnlyDictionary<string, BusinessArea> businessAreas,
    IReadOnlyList<ProductGroup> productGroups,
    IReadOnlyDictionary<string, User> users,
    Random random,
    DateTimeOffset now)
{
    private const int FirstAccountNumber = 10_001;
    private const int KeyAccountsPerArea = 7;

    // Where an area has two KAMs, the first takes its five largest key accounts and the nine largest other ones:
    // the demo KAM then has a full portfolio and still leaves their colleague some key accounts.
    private const int FirstKamKeyAccounts = 5;
    private const int FirstKamOtherAccounts = 9;
    private const int TeamAccounts = 4;

    private sealed record Draft(Account Account, DemoCompany Company, decimal OurRevenue);

    public List<Account> Build()
    {
        // The demo starts in the first of the three years of history; the plans are for the current year.
        var firstYear = now.Year - DemoRevenue.Years;
        var companies = DemoCountry.All.SelectMany(country => country.Companies.Select(company => (country, company))).ToList();
        var parents = companies.Select(c => c.company.Parent).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var drafts = new List<Draft>();
        foreach (var (country, company) in companies)
        {
            // Every parent is listed before its subsidiaries, so its size is known when theirs is drawn.
            var parent = drafts.Find(d => d.Company.Name == company.Parent);
            var employees = parent is not null ? Round(parent.Account.Employees!.Value * (0.1 + (random.NextDouble() * 0.25)), 10)
                : parents.Contains(company.Name) ? LogUniform(3_000, 25_000)
                : LogUniform(150, 25_000);
            drafts.Add(NewAccount(country, company, FirstAccountNumber + drafts.Count, employees, firstYear));
        }

        RankAndAssign(drafts);
        LinkSubsidiaries(drafts);
        AddTeam(drafts);
        return drafts.ConvertAll(d => d.Account);
    }

    private Draft NewAccount(DemoCountry country, DemoCompany company, int number, int employees, int firstYear)
    {
        var annualRevenue = Math.Round(employees * (140_000m + random.Next(180_000)) / 100_000m) * 100_000m;

        // Larger customers buy more from us, though less than in proportion to their size.
        var ourRevenue = 60_000m * (decimal)(Math.Pow(employees / 100.0, 0.75) * (0.5 + random.NextDouble()));
        var account = new Account
        {
            Name = company.Name,
            AccountNumber = string.Create(CultureInfo.InvariantCulture, $"K-{number}"),
            SourceSystem = DemoSeeder.SourceSystem,
            Industry = company.Industry,
            Country = country.Code,
            City = company.City,
            Website = $"https://www.{company.Domain}",
            Employees = employees,
            AnnualRevenue = annualRevenue,
            BusinessAreaId = businessAreas[company.BusinessAreaCode].Id,
            Description = DemoDescriptions.Describe(company, random),
            CreatedAt = now,
            UpdatedAt = now,
        };
        DemoContacts.Add(account, country, company, random);
        DemoRevenue.Add(account, productGroups, firstYear, ourRevenue, random);
        return new Draft(account, company, ourRevenue);
    }

    /// <summary>In each area the largest accounts by our revenue become key accounts; every account gets a KAM of its area.</summary>
    private void RankAndAssign(List<Draft> drafts)
    {
        foreach (var area in drafts.GroupBy(d => d.Company.BusinessAreaCode))
        {
            var kams = DemoUsers.All
                .Where(u => u.Role == Roles.KeyAccountManager && u.BusinessAreaCode == area.Key)
                .Select(u => users[u.Email])
                .ToList();
            var ranked = area.OrderByDescending(d => d.OurRevenue).ThenBy(d => d.Account.AccountNumber, StringComparer.Ordinal).ToList();
            for (var rank = 0; rank < ranked.Count; rank++)
            {
                var account = ranked[rank].Account;
                account.IsKeyAccount = rank < KeyAccountsPerArea;
                var first = account.IsKeyAccount ? rank < FirstKamKeyAccounts : rank < KeyAccountsPerArea + FirstKamOtherAccounts;
                account.KeyAccountManagerId = (first ? kams[0] : kams[^1]).Id;
            }
        }
    }

    /// <summary>Sizes spread evenly on a log scale, as company sizes do.</summary>
    private int LogUniform(int min, int max) =>
        Round(Math.Exp(Math.Log(min) + (random.NextDouble() * Math.Log((double)max / min))), 10);

    private static int Round(double value, int step) => (int)Math.Round(value / step) * step;

    /// <summary>A subsidiary is in its parent's area and has its parent's KAM, so whoever sees one sees the other.</summary>
    private static void LinkSubsidiaries(List<Draft> drafts)
    {
        var byName = drafts.ToDictionary(d => d.Company.Name, d => d.Account, StringComparer.Ordinal);
        foreach (var draft in drafts.Where(d => d.Company.Parent is not null))
        {
            var parent = byName[draft.Company.Parent!];
            draft.Account.ParentAccount = parent;
            draft.Account.BusinessAreaId = parent.BusinessAreaId;
            draft.Account.KeyAccountManagerId = parent.KeyAccountManagerId;
        }
    }

    /// <summary>The demo team member supports the demo KAM's largest key accounts, each in another role.</summary>
    private void AddTeam(List<Draft> drafts)
    {
        TeamRole[] roles = [TeamRole.SalesSupport, TeamRole.TechnicalSpecialist, TeamRole.CustomerService, TeamRole.ProductSpecialist];
        var kamId = users[DemoUsers.Kam].Id;
        var supported = drafts
            .Where(d => d.Account.KeyAccountManagerId == kamId && d.Account.IsKeyAccount)
            .OrderByDescending(d => d.OurRevenue)
            .Take(TeamAccounts)
            .ToList();
        for (var i = 0; i < supported.Count; i++)
        {
            supported[i].Account.Team.Add(new AccountTeamMember { UserId = users[DemoUsers.Team].Id, Role = roles[i % roles.Length] });
        }
    }
}
