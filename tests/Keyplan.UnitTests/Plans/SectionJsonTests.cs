using Keyplan.Core;
using Keyplan.Core.Plans.Sections;

namespace Keyplan.UnitTests.Plans;

public sealed class SectionJsonTests
{
    private readonly ExamplePlan _plan = new();

    [Fact]
    public void FilledSections_RoundTripUnchanged()
    {
        foreach (var content in _plan.Sections)
        {
            var section = SectionCatalog.All.Single(s => s.ContentType == content.GetType());
            var json = SectionJson.Serialize(content);

            var back = SectionJson.Deserialize(section, json);

            Assert.Equal(json, SectionJson.Serialize(back));
        }
    }

    [Fact]
    public void FilledSections_CoverEverySectionAndAreValid()
    {
        Assert.Equal(SectionCatalog.All.Select(s => s.ContentType).Order(TypeByName.Instance), _plan.Sections.Select(s => s.GetType()).Order(TypeByName.Instance));
        Assert.All(_plan.Sections, content => Assert.Null(DeepValidation.Validate(content)));
    }

    [Fact]
    public void Serialize_UsesCamelCaseNamesEnumNamesAndIsoDates()
    {
        var json = SectionJson.Serialize(_plan.BuyingCenter);

        Assert.Contains("\"buyingInfluences\":[\"EconomicBuyer\"]", json, StringComparison.Ordinal);
        Assert.Contains("\"currentRelationship\":\"Vendor\"", json, StringComparison.Ordinal);
        Assert.Contains("\"lastContactDate\":\"2026-02-12\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_NullOrMissingLists_BecomeEmpty()
    {
        var swot = (SwotSection)SectionJson.Deserialize(SectionCatalog.Find(SectionKeys.Swot)!, """{"strengths":null}""");

        Assert.Empty(swot.Strengths);
        Assert.Empty(swot.TopRisks);
    }

    [Fact]
    public void Deserialize_KeepsItemIdsSoLinksSurvive()
    {
        var json = SectionJson.Serialize(_plan.Objectives);

        var back = (ObjectivesSection)SectionJson.Deserialize(SectionCatalog.Find(SectionKeys.Objectives)!, json);

        Assert.Equal(_plan.Objectives.Objectives.Select(o => o.Id), back.Objectives.Select(o => o.Id));
        Assert.Equal(_plan.Swot.TopOpportunities[0].ItemId, back.Objectives[0].Addresses[0]);
    }

    private sealed class TypeByName : IComparer<Type>
    {
        public static readonly TypeByName Instance = new();

        public int Compare(Type? x, Type? y) => string.CompareOrdinal(x?.Name, y?.Name);
    }
}
