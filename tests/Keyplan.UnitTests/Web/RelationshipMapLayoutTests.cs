using Keyplan.Core.Accounts;
using Keyplan.Core.Plans.Sections;
using Keyplan.Web.Accounts;
using Keyplan.Web.Plans.Sections;

namespace Keyplan.UnitTests.Web;

public class RelationshipMapLayoutTests
{
    private static ContactDetails Contact(int id, int? reportsTo) =>
        new(id, 1, "First" + id, "Last" + id, $"First{id} Last{id}", null, null, null, null, reportsTo, null, null, null, 1);

    private static Dictionary<int, StakeholderAssessment> Assessed(params int[] ids) =>
        ids.ToDictionary(id => id, id => new StakeholderAssessment { ContactId = id });

    private static IEnumerable<int> All(IEnumerable<ContactNode> nodes) => nodes.SelectMany(n => All(n.Reports).Prepend(n.Contact.Id));

    // 1 CEO ─┬─ 2 CFO ─── 4 Purchasing ─── 6 Buyer
    //        └─ 3 COO ─── 5 Plant
    private static readonly ContactDetails[] Company = [Contact(1, null), Contact(2, 1), Contact(3, 1), Contact(4, 2), Contact(5, 3), Contact(6, 4)];

    [Fact]
    public void Tree_KeepsTheManagerBetweenTwoAssessedPeople_AndDropsThoseAboveTheTop()
    {
        var tree = RelationshipMapLayout.Tree(Company, new HashSet<int> { 2, 6 });

        var cfo = Assert.Single(tree);
        Assert.Equal(2, cfo.Contact.Id);
        Assert.Equal([2, 4, 6], All(tree));
    }

    [Fact]
    public void Tree_KeepsTheManagerWhereTwoBranchesMeet()
    {
        var tree = RelationshipMapLayout.Tree(Company, new HashSet<int> { 6, 5 });

        var ceo = Assert.Single(tree);
        Assert.Equal(1, ceo.Contact.Id);
        Assert.Equal([1, 2, 4, 6, 3, 5], All(tree));
    }

    [Fact]
    public void Tree_LeavesOutManagersBelowNobodyAssessed()
    {
        Assert.Equal([3], All(RelationshipMapLayout.Tree(Company, new HashSet<int> { 3 })));
        Assert.Empty(RelationshipMapLayout.Tree(Company, new HashSet<int>()));
    }

    [Fact]
    public void Tree_OrphansAndSeveralTopPeople_MakeSeveralTrees()
    {
        ContactDetails[] contacts = [Contact(1, null), Contact(2, 1), Contact(7, 99), Contact(8, null)];

        var tree = RelationshipMapLayout.Tree(contacts, new HashSet<int> { 2, 7, 8 });

        Assert.Equal([2, 7, 8], tree.Select(n => n.Contact.Id));
    }

    [Fact]
    public void Build_CentresTheManagerOverTheReports_AndNoCardsOverlap()
    {
        var layout = RelationshipMapLayout.Build(Company, Assessed(1, 2, 3, 4, 5, 6));

        var ceo = layout.Cards.Single(c => c.Contact.Id == 1);
        var cfo = layout.Cards.Single(c => c.Contact.Id == 2);
        var coo = layout.Cards.Single(c => c.Contact.Id == 3);
        Assert.Equal((cfo.X + (cfo.Width / 2) + coo.X + (coo.Width / 2)) / 2, ceo.X + (ceo.Width / 2), 3);
        Assert.True(cfo.Y > ceo.Y + ceo.Height);
        Assert.Equal(5, layout.Lines.Count);
        Assert.Equal([1, 2, 3, 4, 5, 6], layout.Cards.Select(c => c.Contact.Id));
        AssertNoOverlap(layout);
        Assert.All(layout.Cards, c => Assert.True(c.X >= 0 && c.X + c.Width <= layout.Width && c.Y + c.Height <= layout.Height));
    }

    [Fact]
    public void Build_ManyReportsWithoutReports_AreStackedInOneColumn()
    {
        ContactDetails[] contacts = [Contact(1, null), Contact(2, 1), Contact(3, 1), Contact(4, 1)];

        var layout = RelationshipMapLayout.Build(contacts, Assessed(1, 2, 3, 4));

        Assert.Equal(RelationshipMapLayout.SlotWidth + (2 * RelationshipMapLayout.Margin), layout.Width);
        var reports = layout.Cards.Where(c => c.Contact.Id != 1).ToList();
        Assert.Single(reports.Select(c => c.X).Distinct());
        Assert.Equal(3, reports.Select(c => c.Y).Distinct().Count());
        AssertNoOverlap(layout);
    }

    [Fact]
    public void Build_InfluenceSetsTheCardSize_AndConnectingManagersAreMuted()
    {
        var assessments = new Dictionary<int, StakeholderAssessment>
        {
            [6] = new() { ContactId = 6, Influence = InfluenceLevel.Low },
            [5] = new() { ContactId = 5, Influence = InfluenceLevel.High },
        };

        var layout = RelationshipMapLayout.Build(Company, assessments);

        var buyer = layout.Cards.Single(c => c.Contact.Id == 6);
        var plant = layout.Cards.Single(c => c.Contact.Id == 5);
        Assert.True(plant.Width > buyer.Width && plant.Height > buyer.Height);
        Assert.False(layout.Cards.Single(c => c.Contact.Id == 1).IsAssessed);
        AssertNoOverlap(layout);
    }

    [Fact]
    public void Build_NobodyAssessed_IsEmpty()
    {
        Assert.Empty(RelationshipMapLayout.Build(Company, Assessed()).Cards);
    }

    private static void AssertNoOverlap(RelationshipMapLayout layout)
    {
        foreach (var a in layout.Cards)
        {
            foreach (var b in layout.Cards.Where(b => b != a))
            {
                var apart = a.X + a.Width <= b.X || b.X + b.Width <= a.X || a.Y + a.Height <= b.Y || b.Y + b.Height <= a.Y;
                Assert.True(apart, $"{a.Contact.Id} overlaps {b.Contact.Id}");
            }
        }
    }
}
