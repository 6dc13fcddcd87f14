using Keyplan.Core.Plans;
using Keyplan.Core.Plans.Sections;
using Keyplan.Core.Plans.Templates;

namespace Keyplan.UnitTests.Plans;

public sealed class TemplateTests
{
    private static readonly CustomFieldDefinition Region = new("region", "Region", CustomFieldType.Choice, ["North", "South"]);
    private static readonly CustomFieldDefinition Volume = new("volume", "Volume", CustomFieldType.Number, []);
    private static readonly CustomFieldDefinition Audit = new("audit", "Audit date", CustomFieldType.Date, [], Required: true);
    private static readonly CustomFieldDefinition Note = new("note", "Note", CustomFieldType.Text, []);
    private static readonly CustomFieldDefinition[] Fields = [Region, Volume, Audit, Note];

    private static IReadOnlyDictionary<string, string[]> Errors(Dictionary<string, string?> values) =>
        CustomFieldRules.Validate(values, Fields)?.Errors ?? new Dictionary<string, string[]>();

    [Fact]
    public void Validate_WellFormedValues_AreAccepted()
    {
        var errors = Errors(new() { ["region"] = "North", ["volume"] = "-1250.5", ["audit"] = "2026-03-31", ["note"] = "Plant visit first" });

        Assert.Empty(errors);
    }

    [Theory]
    [InlineData("volume", "12,5")]
    [InlineData("volume", "lots")]
    [InlineData("audit", "31.03.2026")]
    [InlineData("audit", "2026-02-30")]
    [InlineData("region", "north")]
    [InlineData("unknown", "x")]
    public void Validate_WrongValue_IsReportedAtItsField(string id, string value)
    {
        var errors = Errors(new() { ["audit"] = "2026-03-31", [id] = value });

        Assert.Equal([$"customFields.{id}"], errors.Keys);
    }

    [Fact]
    public void Validate_MissingRequiredAndOverlongText_AreRefused()
    {
        var errors = Errors(new() { ["note"] = new string('x', CustomFieldRules.ValueMaxLength + 1) });

        Assert.Equal(["customFields.audit", "customFields.note"], errors.Keys.Order());
    }

    [Fact]
    public void Validate_NoValuesAndNoFields_IsValid() => Assert.Null(CustomFieldRules.Validate(null, []));

    [Fact]
    public void Keep_DropsValuesOfFieldsTheNewVersionHasNot()
    {
        var kept = CustomFieldRules.Keep(new Dictionary<string, string?> { ["region"] = "North", ["gone"] = "x" }, [Region]);

        Assert.Equal(["region"], kept!.Keys);
        Assert.Null(CustomFieldRules.Keep(new Dictionary<string, string?> { ["gone"] = "x" }, [Region]));
    }

    [Fact]
    public void BuiltIns_GiveTheFullCatalogAndTheLightSections()
    {
        Assert.Equal(SectionCatalog.All.Select(s => s.Key), BuiltInTemplates.Definition(PlanTemplateKind.Full).SectionsOn().Select(s => s.Key));
        Assert.Equal(
            [SectionKeys.Profile, SectionKeys.History, SectionKeys.Swot, SectionKeys.Objectives, SectionKeys.Actions, SectionKeys.Visits],
            BuiltInTemplates.Definition(PlanTemplateKind.Light).SectionsOn().Select(s => s.Key));
    }

    [Fact]
    public void SectionsOn_FollowDocumentOrder_AndFieldsBelongToTheirSection()
    {
        var definition = new TemplateDefinition([new TemplateSection(SectionKeys.Swot, [Region]), new TemplateSection(SectionKeys.Summary, [])]);

        Assert.Equal([SectionKeys.Summary, SectionKeys.Swot], definition.SectionsOn().Select(s => s.Key));
        Assert.Equal([Region], definition.FieldsOf(SectionKeys.Swot));
        Assert.Empty(definition.FieldsOf(SectionKeys.Market));
        Assert.False(definition.Has(SectionKeys.Market));
    }

    [Fact]
    public void Rules_RefuseAFullCopyWithoutSummary_AChoiceWithoutOptions_AndDuplicateIds()
    {
        var definition = new TemplateDefinition(
        [
            new TemplateSection(SectionKeys.Swot, [Region with { Options = [] }, Volume with { Id = "region", Label = "Other" }]),
            new TemplateSection("nonsense", []),
        ]);

        var errors = TemplateRules.Validate("", definition, PlanTemplateKind.Full)!.Errors;

        Assert.Equal(
            ["name", "sections", "sections[0].customFields[0].options", "sections[0].customFields[1].id", "sections[1].key"],
            errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Rules_ALightCopyNeedsNoSummary() =>
        Assert.Null(TemplateRules.Validate("Overview", BuiltInTemplates.Definition(PlanTemplateKind.Light), PlanTemplateKind.Light));
}
