using Keyplan.Core.Plans.Sections;

namespace Keyplan.UnitTests.Plans;

public class BuyingInfluenceCoverageTests
{
    private static StakeholderAssessment Holder(int contactId, int? attitude, params BuyingInfluence[] influences) =>
        new() { ContactId = contactId, Attitude = attitude, BuyingInfluences = influences };

    [Fact]
    public void Of_RoleNobodyHolds_IsUncovered_AndRoleHeldOnlyByOpponents_IsOnlyNegative()
    {
        var coverage = BuyingInfluenceCoverage.Of([
            Holder(1, -2, BuyingInfluence.EconomicBuyer),
            Holder(2, -1, BuyingInfluence.EconomicBuyer, BuyingInfluence.TechnicalBuyer),
            Holder(3, 1, BuyingInfluence.TechnicalBuyer),
            Holder(4, null, BuyingInfluence.Coach),
        ]).ToDictionary(c => c.Influence, c => c.State);

        Assert.Equal(CoverageState.OnlyNegative, coverage[BuyingInfluence.EconomicBuyer]);
        Assert.Equal(CoverageState.Uncovered, coverage[BuyingInfluence.UserBuyer]);
        Assert.Equal(CoverageState.Covered, coverage[BuyingInfluence.TechnicalBuyer]);
        Assert.Equal(CoverageState.Covered, coverage[BuyingInfluence.Coach]);
    }
}
