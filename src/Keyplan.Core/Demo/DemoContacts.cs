using Keyplan.Core.Accounts;

namespace Keyplan.Core.Demo;

/// <summary>The people of a demo account: a small org chart under the chief executive.</summary>
internal static class DemoContacts
{
    private sealed record Position(string Key, string? ReportsTo, string Title, string Department);

    // Each position names the one it reports to; filling a position only once its manager is there keeps the
    // reports-to lines a single tree.
    private static readonly Position[] Positions =
    [
        new("ceo", null, "Chief Executive Officer", "Executive Management"),
        new("cfo", "ceo", "Chief Financial Officer", "Finance"),
        new("coo", "ceo", "Chief Operating Officer", "Operations"),
        new("engineering", "ceo", "Head of Engineering", "Engineering"),
        new("purchasing", "cfo", "Head of Purchasing", "Purchasing"),
        new("controlling", "cfo", "Head of Controlling", "Finance"),
        new("it", "cfo", "IT Manager", "IT"),
        new("plant", "coo", "Plant Manager", "Production"),
        new("quality", "coo", "Quality Manager", "Quality"),
        new("supply", "coo", "Head of Supply Chain", "Supply Chain"),
        new("maintenance", "plant", "Maintenance Lead", "Maintenance"),
        new("energy", "plant", "Energy Manager", "Facilities"),
        new("buyer", "purchasing", "Senior Buyer", "Purchasing"),
        new("automation", "engineering", "Automation Engineer", "Engineering"),
        new("projects", "engineering", "Project Manager", "Engineering"),
    ];

    public static void Add(Account account, DemoCountry country, DemoCompany company, Random random)
    {
        var switchboard = random.Next(10_000, 100_000);
        var count = random.Next(4, 10);
        var filled = new Dictionary<string, Contact>();
        var localParts = new HashSet<string>();
        while (filled.Count < count)
        {
            var open = Positions
                .Where(p => !filled.ContainsKey(p.Key) && (p.ReportsTo is null || filled.ContainsKey(p.ReportsTo)))
                .ToList();
            var position = open[random.Next(open.Count)];
            var (firstName, lastName, localPart) = NewPerson(country, localParts, random);
            var contact = new Contact
            {
                FirstName = firstName,
                LastName = lastName,
                Title = position.Title,
                Department = position.Department,
                Email = $"{localPart}@{company.Domain}",
                Phone = country.Phone(company.City, switchboard, random),
                ReportsTo = position.ReportsTo is null ? null : filled[position.ReportsTo],
                SourceSystem = DemoSeeder.SourceSystem,
            };
            filled[position.Key] = contact;
            account.Contacts.Add(contact);
        }
    }

    /// <summary>A name whose e-mail address nobody at the company has yet.</summary>
    private static (string FirstName, string LastName, string LocalPart) NewPerson(
        DemoCountry country, HashSet<string> taken, Random random)
    {
        while (true)
        {
            var firstName = country.FirstNames[random.Next(country.FirstNames.Count)];
            var lastName = country.LastNames[random.Next(country.LastNames.Count)];
            var localPart = country.EmailLocalPart(firstName, lastName);
            if (taken.Add(localPart))
            {
                return (firstName, lastName, localPart);
            }
        }
    }
}
