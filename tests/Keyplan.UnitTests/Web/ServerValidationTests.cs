using Keyplan.Core;
using Keyplan.Core.Accounts;
using Keyplan.Web.Components;
using Microsoft.AspNetCore.Components.Forms;

namespace Keyplan.UnitTests.Web;

public class ServerValidationTests
{
    [Theory]
    [InlineData("name", nameof(AccountInput.Name))]
    [InlineData("businessAreaId", nameof(AccountInput.BusinessAreaId))]
    [InlineData("Website", nameof(AccountInput.Website))]
    public void ToField_CamelCaseName_FindsThePascalCaseProperty(string path, string property)
    {
        var model = new AccountInput();

        var field = ServerValidation.ToField(model, path);

        Assert.Equal(new FieldIdentifier(model, property), field);
    }

    [Fact]
    public void ToField_ListItemPath_FindsThePropertyOfThatItem()
    {
        var second = new TeamMemberInput();
        var model = new AccountInput { Team = [new TeamMemberInput(), second] };

        var field = ServerValidation.ToField(model, "team[1].userId");

        Assert.Equal(new FieldIdentifier(second, nameof(TeamMemberInput.UserId)), field);
    }

    [Fact]
    public void ToField_ListItemItself_PointsAtTheList()
    {
        var model = new AccountInput { Team = [new TeamMemberInput()] };

        Assert.Equal(new FieldIdentifier(model, nameof(AccountInput.Team)), ServerValidation.ToField(model, "team[0]"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("unknown")]
    [InlineData("team[5].userId")]
    [InlineData("team[x].userId")]
    [InlineData("name.length")]
    public void ToField_PathNotOnTheModel_IsNull(string path) =>
        Assert.Null(ServerValidation.ToField(new AccountInput { Team = [new TeamMemberInput()] }, path));

    [Fact]
    public void Show_PutsMessagesAtTheirFields_AndTheRestInGeneralMessages()
    {
        var member = new TeamMemberInput();
        var model = new AccountInput { Team = [member] };
        var context = new EditContext(model);
        using var validation = new ServerValidation(context);

        validation.Show(new Failure.Invalid(new Dictionary<string, string[]>
        {
            ["name"] = ["Required."],
            ["team[0].userId"] = ["This user is already on the team."],
            ["somethingElse"] = ["Not shown at a field."],
        }));

        Assert.Equal(["Required."], context.GetValidationMessages(new FieldIdentifier(model, nameof(AccountInput.Name))));
        Assert.Equal(["This user is already on the team."], context.GetValidationMessages(new FieldIdentifier(member, nameof(TeamMemberInput.UserId))));
        Assert.Equal(["Not shown at a field."], validation.GeneralMessages);
    }

    [Fact]
    public void EditingAField_RemovesOnlyThatFieldsServerMessage()
    {
        var model = new AccountInput();
        var context = new EditContext(model);
        using var validation = new ServerValidation(context);
        validation.Show(new Failure.Invalid(new Dictionary<string, string[]>
        {
            ["name"] = ["Taken."],
            ["city"] = ["Unknown."],
        }));

        context.NotifyFieldChanged(new FieldIdentifier(model, nameof(AccountInput.Name)));

        Assert.Empty(context.GetValidationMessages(new FieldIdentifier(model, nameof(AccountInput.Name))));
        Assert.Equal(["Unknown."], context.GetValidationMessages(new FieldIdentifier(model, nameof(AccountInput.City))));
    }

    [Fact]
    public void Submitting_ClearsServerMessages()
    {
        var model = new AccountInput { Name = "Acme", BusinessAreaId = 1 };
        var context = new EditContext(model);
        using var validation = new ServerValidation(context);
        validation.Show(new Failure.Invalid(new Dictionary<string, string[]> { ["name"] = ["Taken."], [""] = ["General."] }));

        Assert.True(context.Validate());

        Assert.Empty(context.GetValidationMessages());
        Assert.Empty(validation.GeneralMessages);
    }
}
