using Keyplan.Core.Accounts;
using Keyplan.Core.Identity;
using Keyplan.Core.Organisation;
using Keyplan.Core.Plans;

namespace Keyplan.Core.Demo;

/// <summary>
/// The demo's key account plans for the current fiscal year (SPEC §3: "complete example plans in English, German and
/// Dutch, so new users see what good looks like"): three complete plans of the demo KAM, and plans at various stages
/// for other key accounts. Built from saved accounts, because the plans link contacts, users and product groups by id.
/// </summary>
internal sealed class DemoPlans(
    IReadOnlyList<Account> accounts,
    IReadOnlyList<ProductGroup> productGroups,
    IReadOnlyDictionary<string, User> users,
    DateTimeOffset now)
{
    /// <summary>The accounts the complete plans are written for; each must be a key account of <see cref="DemoUsers.Kam"/>.</summary>
    public const string GermanAccount = "Vossberg Maschinenbau GmbH";
    public const string DutchAccount = "Brinkhorst Machinefabriek B.V.";
    public const string BritishAccount = "Ashworth & Moore Engineering Ltd";

    private readonly DemoPlanPeople _people = new(users[DemoUsers.Bam].Id, users[DemoUsers.Management].Id, users.Values.Select(u => u.Id).ToHashSet(StringComparer.OrdinalIgnoreCase));
    private int _number;

    public List<Plan> Build()
    {
        var kam = users[DemoUsers.Kam].Id;
        var plans = new List<Plan>
        {
            DemoPlanGerman.Build(Builder(Complete(GermanAccount, "DE", kam))),
            DemoPlanDutch.Build(Builder(Complete(DutchAccount, "NL", kam))),
            DemoPlanBritish.Build(Builder(Complete(BritishAccount, "GB", kam))),
        };

        foreach (var (name, build) in DemoPartialPlans.All)
        {
            if (accounts.FirstOrDefault(a => a.Name == name && a.IsKeyAccount) is { } account && plans.TrueForAll(p => p.AccountId != account.Id))
            {
                plans.Add(build(Builder(account)));
            }
        }

        return plans;
    }

    /// <summary>
    /// The account a complete plan is written for; should the demo companies change, the KAM's first key account of the
    /// country by name, so the demo still has a complete plan in each language.
    /// </summary>
    private Account Complete(string name, string country, string kam) =>
        accounts.FirstOrDefault(a => a.Name == name && a.IsKeyAccount)
        ?? accounts.Where(a => a.Country == country && a.IsKeyAccount)
            .OrderBy(a => a.KeyAccountManagerId == kam ? 0 : 1).ThenBy(a => a.Name, StringComparer.Ordinal).First();

    private DemoPlanBuilder Builder(Account account) =>
        new(account, accounts.Where(a => a.ParentAccountId == account.Id || a.ParentAccount == account).ToList(), productGroups, _people, now, ++_number);
}
