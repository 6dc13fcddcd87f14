using Keyplan.Core.Plans;
using Keyplan.Core.Plans.Sections;

namespace Keyplan.UnitTests.Plans;

public sealed class MyWorkTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    private static MyWorkHandler.PlanWork Plan(string ownerId, params SectionContent[] sections) =>
        new(1, 7, "Vossberg Maschinenbau GmbH", ownerId, sections.ToDictionary(s => SectionCatalog.All.Single(d => d.ContentType == s.GetType()).Key));

    [Fact]
    public void Collect_OwnOpenActionsAndVisits_OverdueOnesMarked_DoneAndOthersLeftOut()
    {
        var actions = new ActionsSection
        {
            Actions =
            [
                new PlanAction { Title = "Send trial offer", OwnerUserId = "me", DueDate = Today.AddDays(-2) },
                new PlanAction { Title = "Workshop", OwnerUserId = "me", DueDate = Today.AddDays(5), Status = ActionStatus.InProgress },
                new PlanAction { Title = "Done already", OwnerUserId = "me", DueDate = Today.AddDays(-9), Status = ActionStatus.Done },
                new PlanAction { Title = "Colleague's", OwnerUserId = "other", DueDate = Today },
                new PlanAction { Title = "Nobody's yet", DueDate = Today.AddDays(3) },
            ],
        };
        var visits = new VisitsSection
        {
            Visits =
            [
                new PlannedVisit { Goal = "Plant tour", Date = Today.AddDays(10), AttendeeUserIds = ["me", "other"] },
                new PlannedVisit { Goal = "Cancelled", Date = Today.AddDays(1), AttendeeUserIds = ["me"], Status = VisitStatus.Cancelled },
            ],
        };

        var mine = MyWorkHandler.Collect(Plan("boss", actions, visits), "me", Today).ToList();

        Assert.Equal(["Send trial offer", "Workshop", "Plant tour"], mine.Select(i => i.Title));
        Assert.Equal([true, false, false], mine.Select(i => i.IsOverdue));
    }

    [Fact]
    public void Collect_InOwnPlan_AlsoUnassignedItems()
    {
        var actions = new ActionsSection { Actions = [new PlanAction { Title = "Nobody's yet", DueDate = Today.AddDays(3) }] };

        var mine = MyWorkHandler.Collect(Plan("me", actions), "me", Today);

        Assert.Equal("Nobody's yet", Assert.Single(mine).Title);
    }
}
