using Keyplan.Core;
using Keyplan.Core.Decisions;
using Keyplan.Core.Identity;

namespace Keyplan.UnitTests.Reviews;

public sealed class DecisionRulesTests
{
    private const int Area = 1;
    private const string Kam = "kam";

    private static CurrentUser User(string id, string role, int? area = null) => new(id, id, new HashSet<string> { role }, area);

    private static readonly CurrentUser Bam = User("bam", Roles.BusinessAreaManager, Area);
    private static readonly CurrentUser OtherBam = User("bam2", Roles.BusinessAreaManager, 2);
    private static readonly CurrentUser Management = User("management", Roles.Management);
    private static readonly CurrentUser Admin = User("admin", Roles.Administrator);
    private static readonly CurrentUser KamUser = User(Kam, Roles.KeyAccountManager, Area);

    public static TheoryData<string, DecisionAction, DecisionStage, string> Cases => new()
    {
        // who, action, stage, expected: ok | 403 | 409
        { "bam", DecisionAction.Decide, DecisionStage.BusinessAreaManager, "ok" },
        { "bam", DecisionAction.Escalate, DecisionStage.BusinessAreaManager, "ok" },
        { "bam", DecisionAction.Decide, DecisionStage.Management, "403" },
        { "bam", DecisionAction.Escalate, DecisionStage.Management, "409" },
        { "bam", DecisionAction.Decide, DecisionStage.Decided, "409" },
        { "bam2", DecisionAction.Decide, DecisionStage.BusinessAreaManager, "403" },
        { "management", DecisionAction.Decide, DecisionStage.BusinessAreaManager, "ok" },
        { "management", DecisionAction.Decide, DecisionStage.Management, "ok" },
        { "management", DecisionAction.Escalate, DecisionStage.BusinessAreaManager, "403" },
        { "management", DecisionAction.Decide, DecisionStage.Decided, "409" },
        { "admin", DecisionAction.Escalate, DecisionStage.BusinessAreaManager, "ok" },
        { "admin", DecisionAction.Decide, DecisionStage.Management, "ok" },
        { "kam", DecisionAction.Decide, DecisionStage.BusinessAreaManager, "403" },
        { "kam", DecisionAction.Escalate, DecisionStage.BusinessAreaManager, "403" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void WhoMayDoWhatAtWhichStage(string who, DecisionAction action, DecisionStage stage, string expected)
    {
        var user = who switch
        {
            "bam" => Bam,
            "bam2" => OtherBam,
            "management" => Management,
            "admin" => Admin,
            _ => KamUser,
        };

        var failure = DecisionRules.Check(action, user, stage, Area, submittedById: Kam);

        Assert.Equal(expected, failure switch { null => "ok", Failure.Forbidden => "403", Failure.Conflict => "409", _ => failure.ToString() });
    }

    [Fact]
    public void NobodyDecidesTheirOwnRequest()
    {
        Assert.IsType<Failure.Forbidden>(DecisionRules.Check(DecisionAction.Decide, Bam, DecisionStage.BusinessAreaManager, Area, submittedById: "bam"));
    }
}
