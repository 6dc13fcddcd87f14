using Keyplan.Core.Audit;

namespace Keyplan.UnitTests.Audit;

public sealed class JsonLeavesTests
{
    [Fact]
    public void Diff_NamesListItemsByTheirId_SoRemovingOneDoesNotShiftTheOthers()
    {
        const string before = """{"objectives":[{"id":"a","title":"Grow","target":100},{"id":"b","title":"Keep","target":5}]}""";
        const string after = """{"objectives":[{"id":"b","title":"Keep","target":6}]}""";

        var changes = JsonLeaves.Diff(before, after, "objectives").ToList();

        Assert.Equal(
            [
                new AuditChange("objectives.objectives[a].id", "a", null),
                new AuditChange("objectives.objectives[a].target", "100", null),
                new AuditChange("objectives.objectives[a].title", "Grow", null),
                new AuditChange("objectives.objectives[b].target", "5", "6"),
            ],
            changes);
    }

    [Fact]
    public void Diff_OfEqualDocuments_IsEmpty_AndListsOfValuesGoByPosition()
    {
        const string json = """{"text":"x","tags":["one","two"],"nested":{"flag":true}}""";

        Assert.Empty(JsonLeaves.Diff(json, json, "s"));
        Assert.Equal([new AuditChange("s.tags[1]", "two", "three")], JsonLeaves.Diff(json, json.Replace("\"two\"", "\"three\"", StringComparison.Ordinal), "s"));
    }

    [Fact]
    public void Flatten_OfNothing_IsEmpty()
    {
        Assert.Empty(JsonLeaves.Flatten(null));
        Assert.Empty(JsonLeaves.Flatten("  "));
    }
}
