using Keyplan.Core.Accounts;
using Keyplan.Web.Accounts;

namespace Keyplan.UnitTests.Web;

public class ContactHierarchyTests
{
    private static ContactDetails Contact(int id, int? reportsTo) =>
        new(id, 1, "First" + id, "Last" + id, $"First{id} Last{id}", null, null, null, null, reportsTo, null, null, null, 1);

    [Fact]
    public void Build_PutsTopPeopleFirst_WithTheirReportsBelow()
    {
        var tree = ContactHierarchy.Build([Contact(1, null), Contact(2, 1), Contact(3, 2), Contact(4, 1), Contact(5, null)]);

        Assert.Equal([1, 5], tree.Select(n => n.Contact.Id));
        Assert.Equal([2, 4], tree[0].Reports.Select(n => n.Contact.Id));
        Assert.Equal([3], tree[0].Reports[0].Reports.Select(n => n.Contact.Id));
    }

    [Fact]
    public void Build_ManagerNotAmongTheContacts_MakesATopPerson()
    {
        var tree = ContactHierarchy.Build([Contact(1, 99)]);

        Assert.Equal([1], tree.Select(n => n.Contact.Id));
    }

    [Fact]
    public void Build_Cycle_ShowsEveryoneOnce()
    {
        var tree = ContactHierarchy.Build([Contact(1, 2), Contact(2, 1), Contact(3, null)]);

        static IEnumerable<int> All(IEnumerable<ContactNode> nodes) => nodes.SelectMany(n => All(n.Reports).Prepend(n.Contact.Id));
        Assert.Equal([1, 2, 3], All(tree).Order());
    }

    [Fact]
    public void ReportsOf_FindsDirectAndIndirectReports()
    {
        var contacts = new[] { Contact(1, null), Contact(2, 1), Contact(3, 2), Contact(4, null) };

        Assert.Equal([2, 3], ContactHierarchy.ReportsOf(contacts, 1).Order());
        Assert.Empty(ContactHierarchy.ReportsOf(contacts, 4));
    }
}
