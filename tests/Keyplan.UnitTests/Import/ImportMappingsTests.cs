using Keyplan.Core;
using Keyplan.Core.Import;

namespace Keyplan.UnitTests.Import;

public sealed class ImportMappingsTests
{
    private static readonly string[] Headers = ["Kundennummer", "Jahr", "Warengruppe", "Umsatz", "Betrag"];

    [Fact]
    public void Resolve_UserChoice_TakesTheColumnFromTheAutomaticMatch()
    {
        var mapping = ImportMappings.Resolve(Headers, ImportKind.Revenue, new Dictionary<string, string> { ["revenue"] = "betrag" }).Value!;

        Assert.Equal(4, mapping.ColumnOf("revenue"));
        Assert.Equal(0, mapping.ColumnOf("accountNumber"));
        Assert.Equal(["Umsatz"], ImportMappings.Unmapped(mapping, Headers));
    }

    [Fact]
    public void Resolve_ColumnGivenToAnotherField_IsTakenFromTheFirst()
    {
        var mapping = ImportMappings.Resolve(Headers, ImportKind.Revenue, new Dictionary<string, string> { ["contributionMargin"] = "Umsatz" }).Value!;

        Assert.Equal(3, mapping.ColumnOf("contributionMargin"));
        Assert.Null(mapping.ColumnOf("revenue"));
        Assert.Contains(mapping.MissingRequired, f => f.Key == "revenue");
    }

    [Fact]
    public void Resolve_EmptyHeader_LeavesTheFieldOut()
    {
        var mapping = ImportMappings.Resolve(Headers, ImportKind.Revenue, new Dictionary<string, string> { ["productGroup"] = "" }).Value!;

        Assert.Null(mapping.ColumnOf("productGroup"));
    }

    [Fact]
    public void Resolve_UnknownFieldOrHeader_IsInvalidAtTheMappingPath()
    {
        var result = ImportMappings.Resolve(Headers, ImportKind.Revenue,
            new Dictionary<string, string> { ["colour"] = "Jahr", ["year"] = "Periode" });

        var invalid = Assert.IsType<Failure.Invalid>(result.Failure);
        Assert.Equal(["mapping.colour", "mapping.year"], invalid.Errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void FromDescription_RebuildsTheColumnsOfTheStoredMapping()
    {
        var stored = new Dictionary<string, string> { ["accountNumber"] = "Kundennummer", ["revenue"] = "Betrag", ["year"] = "Gone" };

        var mapping = ImportMappings.FromDescription(ImportKind.Revenue, stored, Headers);

        Assert.Equal(new Dictionary<string, int> { ["accountNumber"] = 0, ["revenue"] = 4 }, mapping.Columns);
    }
}
