using Keyplan.Core.Accounts;
using Keyplan.Core.Plans.Sections;
using Keyplan.Web.Plans.Sections;

namespace Keyplan.UnitTests.Web;

public class PlanEditorPiecesTests
{
    [Fact]
    public void SuggestedOrder_HighestImpactTimesLikelihoodFirst_UnratedLast()
    {
        var order = TopItemRanking.SuggestedOrder([(2, 2), (null, 5), (5, 4), (3, 3)]);

        Assert.Equal([2, 3, 0, 1], order);
    }

    [Fact]
    public void SuggestedOrder_EqualScores_KeepTheKamsOrder()
    {
        Assert.Equal([0, 1], TopItemRanking.SuggestedOrder([(2, 3), (3, 2)]));
        Assert.True(TopItemRanking.FollowsSuggestion([(2, 3), (3, 2)]));
    }

    [Fact]
    public void Move_OutOfRange_DoesNothing()
    {
        var items = new List<string> { "a", "b" };

        Assert.False(TopItemRanking.Move(items, 0, -1));
        Assert.True(TopItemRanking.Move(items, 0, 1));
        Assert.Equal(["b", "a"], items);
    }

    [Fact]
    public void ShareOfWallet_OurRevenueOverTheirVolume_PerYear()
    {
        RevenueDetails Row(int year, decimal revenue) => new(1, 1, year, 1, "Adhesives", revenue, 0, 1);

        var years = ShareOfWallet.Years([Row(2025, 300), Row(2025, 100), Row(2024, 50)], [(2025, 1000m), (2023, 800m)]);

        Assert.Equal([2025, 2024, 2023], years.Select(y => y.Year));
        Assert.Equal(0.4m, years[0].Share);
        Assert.Null(years[1].Share);
        Assert.Null(years[2].Share);
        Assert.Null(ShareOfWallet.Compute(100, 0));
    }

    [Fact]
    public void Diff_MatchesItemsById_AndMarksWhatTheOtherPersonChanged()
    {
        var id = Guid.NewGuid();
        var baseline = new ObjectivesSection { Objectives = [new Objective { Id = id, Title = "Grow", Target = 100 }] };
        var theirs = new ObjectivesSection { Objectives = [new Objective { Id = id, Title = "Grow", Target = 150 }] };
        var yours = new ObjectivesSection { Objectives = [new Objective { Id = id, Title = "Grow adhesives", Target = 100 }] };

        var changes = SectionDiff.Compare(baseline, theirs, yours);

        Assert.Equal(2, changes.Count);
        var target = Assert.Single(changes, c => c.Path[^1].Text == "target");
        Assert.True(target.TheyChanged);
        Assert.Equal("Grow", target.Path[1].Text);
        var title = Assert.Single(changes, c => c.Path[^1].Text == "title");
        Assert.False(title.TheyChanged);
        Assert.Equal("Grow adhesives", title.Yours);
    }

    [Fact]
    public void Diff_ItemOnlyOnOneSide_IsOneChange()
    {
        var baseline = new SwotSection();
        var theirs = new SwotSection { Strengths = [new SwotItem { Text = "Service" }] };

        var change = Assert.Single(SectionDiff.Compare(baseline, theirs, baseline));

        Assert.Equal("Service", change.Theirs);
        Assert.Null(change.Yours);
        Assert.True(change.TheyChanged);
    }

    [Fact]
    public void Diff_Stakeholders_AreMatchedByContact_AndNamedByIt()
    {
        var baseline = new BuyingCenterSection { Stakeholders = [new StakeholderAssessment { ContactId = 1234, Attitude = 0 }] };
        var theirs = new BuyingCenterSection { Stakeholders = [new StakeholderAssessment { ContactId = 1234, Attitude = 2 }] };

        var change = Assert.Single(SectionDiff.Compare(baseline, theirs, baseline, v => v == "1234" ? "Anna Berg" : null));

        Assert.Equal(["stakeholders", "Anna Berg", "attitude"], change.Path.Select(p => p.Text));
        Assert.True(change.TheyChanged);
    }

    [Fact]
    public void Diff_LinkedIdsOfAThousandOrMore_AreNamedByTheLink_NotTheFormattedNumber()
    {
        var visit = new PlannedVisit { Date = new DateOnly(2026, 12, 3) };
        var baseline = new VisitsSection { Visits = [visit] };
        var theirs = new VisitsSection { Visits = [visit with { ContactIds = [1234] }] };

        var change = Assert.Single(SectionDiff.Compare(baseline, theirs, baseline, v => v == "1234" ? "Anna Berg" : null));

        Assert.Equal("Anna Berg", change.Theirs);
    }
}
