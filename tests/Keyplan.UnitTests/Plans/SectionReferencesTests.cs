using Keyplan.Core.Plans.Sections;

namespace Keyplan.UnitTests.Plans;

public sealed class SectionReferencesTests
{
    [Fact]
    public void Collect_FindsEveryLinkWithItsApiPath()
    {
        var objective = Guid.NewGuid();
        var risk = Guid.NewGuid();
        var actions = new ActionsSection
        {
            Actions =
            [
                new PlanAction { Title = "Trial", OwnerUserId = "u1", ObjectiveId = objective, Addresses = [risk] },
                new PlanAction { Title = "Call", OwnerUserId = "" },
            ],
        };

        var links = SectionReferences.Collect(actions);

        Assert.Equal(
            [
                new SectionReferences.Link("actions[0].objectiveId", ReferenceKind.Objective, objective),
                new SectionReferences.Link("actions[0].addresses[0]", ReferenceKind.TopItem, risk),
                new SectionReferences.Link("actions[0].ownerUserId", ReferenceKind.User, "u1"),
            ],
            links);
    }

    [Fact]
    public void Collect_FindsContactsInListsOfIds()
    {
        var visits = new VisitsSection { Visits = [new PlannedVisit { Date = new DateOnly(2026, 3, 1), ContactIds = [4, 9], AttendeeUserIds = ["u2"] }] };

        var links = SectionReferences.Collect(visits);

        Assert.Equal(["visits[0].contactIds[0]", "visits[0].contactIds[1]", "visits[0].attendeeUserIds[0]"], links.Select(l => l.Path));
    }
}
