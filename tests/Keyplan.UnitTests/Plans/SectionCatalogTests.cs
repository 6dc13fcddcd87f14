using Keyplan.Core.Plans;
using Keyplan.Core.Plans.Sections;

namespace Keyplan.UnitTests.Plans;

public sealed class SectionCatalogTests
{
    public static TheoryData<string> Keys => [.. SectionCatalog.All.Select(s => s.Key)];

    [Fact]
    public void All_HasEveryKeyOnceNumberedOneToSeventeenInOrder()
    {
        var keys = typeof(SectionKeys).GetFields().Select(f => (string)f.GetValue(null)!).ToList();

        Assert.Equal(17, SectionCatalog.All.Count);
        Assert.Equal(Enumerable.Range(1, 17), SectionCatalog.All.Select(s => s.Number));
        Assert.Equal(SectionCatalog.All.Count, SectionCatalog.All.Select(s => s.Key).Distinct().Count());
        Assert.Equal(keys.Order(StringComparer.Ordinal), SectionCatalog.All.Select(s => s.Key).Order(StringComparer.Ordinal));
        Assert.Equal(SectionCatalog.All.Count, SectionCatalog.All.Select(s => s.ContentType).Distinct().Count());
    }

    [Fact]
    public void LightTemplate_IsProfileHistorySwotObjectivesActionsAndVisits()
    {
        var light = SectionCatalog.All.Where(s => s.InLightTemplate).Select(s => s.Key);

        Assert.Equal([SectionKeys.Profile, SectionKeys.History, SectionKeys.Swot, SectionKeys.Objectives, SectionKeys.Actions, SectionKeys.Visits], light);
    }

    [Fact]
    public void Steps_FollowSpec()
    {
        Assert.Null(SectionCatalog.Find(SectionKeys.Summary)!.Step);
        Assert.Equal(
            [SectionKeys.Profile, SectionKeys.History, SectionKeys.Market, SectionKeys.ValueChain, SectionKeys.BuyingCenter, SectionKeys.Potential],
            SectionCatalog.All.Where(s => s.Step == PlanStep.CollectData).Select(s => s.Key));
        Assert.Equal(PlanStep.SoWhat, SectionCatalog.Find(SectionKeys.Swot)!.Step);
        Assert.Equal(PlanStep.StrategicObjectives, SectionCatalog.Find(SectionKeys.Objectives)!.Step);
        Assert.Equal(PlanStep.Strategy, SectionCatalog.Find(SectionKeys.Strategy)!.Step);
        Assert.Equal(PlanStep.ActionsVisitsAndCosts, SectionCatalog.Find(SectionKeys.Actions)!.Step);
    }

    [Fact]
    public void Find_IgnoresCase()
    {
        Assert.Equal(typeof(BuyingCenterSection), SectionCatalog.Find("BUYINGCENTER")?.ContentType);
        Assert.Null(SectionCatalog.Find("nonsense"));
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void CreateEmpty_RoundTripsThroughJsonUnchanged(string key)
    {
        var section = SectionCatalog.Find(key)!;
        var json = SectionJson.Serialize(section.CreateEmpty());

        var back = SectionJson.Deserialize(section, json);

        Assert.IsType(section.ContentType, back);
        Assert.Equal(json, SectionJson.Serialize(back));
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void CreateEmpty_IsValid(string key) =>
        Assert.Null(Keyplan.Core.DeepValidation.Validate(SectionCatalog.Find(key)!.CreateEmpty()));
}
