using Keyplan.Core.Accounts;
using Keyplan.Web.Accounts;

namespace Keyplan.UnitTests.Web;

public class AccountConflictTests
{
    private static AccountInput Input() => new()
    {
        Name = "Acme",
        Country = "DE",
        Currency = null,
        BusinessAreaId = 1,
        Employees = 10,
        Team = [new TeamMemberInput { UserId = "a", Role = TeamRole.SalesSupport }, new TeamMemberInput { UserId = "b", Role = TeamRole.Other }],
    };

    [Fact]
    public void DifferentFields_SameValues_IsEmpty() => Assert.Empty(AccountConflict.DifferentFields(Input(), Input()));

    [Fact]
    public void DifferentFields_IgnoresWhatSavingWouldNotChange()
    {
        var yours = Input();
        yours.Name = "  Acme ";
        yours.Country = "de";
        yours.Currency = "";
        yours.City = " ";
        yours.Team.Reverse();

        Assert.Empty(AccountConflict.DifferentFields(Input(), yours));
    }

    [Fact]
    public void DifferentFields_ListsChangedFieldsInFormOrder()
    {
        var theirs = Input();
        theirs.Employees = 11;
        theirs.Name = "Acme Group";
        theirs.Team[1].Role = TeamRole.ExecutiveSponsor;

        Assert.Equal(
            [nameof(AccountInput.Name), nameof(AccountInput.Employees), nameof(AccountInput.Team)],
            AccountConflict.DifferentFields(theirs, Input()));
    }
}
