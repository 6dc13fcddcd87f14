using Keyplan.Core.Import;
using Keyplan.Core.Import.Reading;

namespace Keyplan.UnitTests.Import;

/// <summary>Headers of the real exports find their fields without a hand-made mapping.</summary>
public sealed class ColumnMatcherTests
{
    private static IReadOnlyList<string> HeadersOf(string sample)
    {
        using var stream = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "Import", "Samples", sample));
        using var file = TabularFile.Open(stream);
        return file.Headers;
    }

    [Theory]
    [InlineData("salesforce-accounts.csv", ImportKind.Accounts, SourceSystem.Salesforce, "recordId=Id", "parentRecordId=ParentId", "accountNumber=AccountNumber", "isKeyAccount=Key_Account__c", "country=BillingCountry")]
    [InlineData("salesforce-contacts.csv", ImportKind.Contacts, SourceSystem.Salesforce, "recordId=Id", "accountRecordId=AccountId", "reportsToRecordId=ReportsToId", "firstName=FirstName")]
    [InlineData("hubspot-companies.csv", ImportKind.Accounts, SourceSystem.HubSpot, "recordId=Record ID", "name=Company name", "isKeyAccount=Target Account", "country=Country/Region")]
    [InlineData("dynamics365-accounts.xlsx", ImportKind.Accounts, SourceSystem.Dynamics, "recordId=(Do Not Modify) Account", "name=Account Name", "city=Address 1: City")]
    [InlineData("erp-umsatz-2023-2025.csv", ImportKind.Revenue, SourceSystem.Erp, "accountNumber=Kundennummer", "year=Geschäftsjahr", "revenue=Umsatz EUR", "contributionMargin=Deckungsbeitrag EUR", "productGroup=Warengruppe")]
    public void SampleExports_MatchEveryRequiredField_AndTheirSource(string sample, ImportKind kind, SourceSystem source, params string[] expected)
    {
        var headers = HeadersOf(sample);

        var mapping = ColumnMatcher.Match(headers, kind);

        Assert.Empty(mapping.MissingRequired);
        Assert.Equal(source, ColumnMatcher.DetectSource(headers));
        foreach (var pair in expected.Select(e => e.Split('=')))
        {
            Assert.Equal(pair[1], headers[mapping.ColumnOf(pair[0])!.Value]);
        }
    }

    [Fact]
    public void Matching_IgnoresCaseSpacingAndATrailingCurrency_AndUsesEachColumnOnce()
    {
        var mapping = ColumnMatcher.Match(["  KUNDENNUMMER ", "Jahr", "Warengruppe", "Revenue (GBP)", "Omzet"], ImportKind.Revenue);

        Assert.Equal(0, mapping.ColumnOf("accountNumber"));
        Assert.Equal(3, mapping.ColumnOf("revenue"));
        Assert.Null(mapping.ColumnOf("contributionMargin"));
    }

    [Fact]
    public void MissingRequiredColumns_AreNamed()
    {
        var mapping = ColumnMatcher.Match(["Kundennummer", "Umsatz"], ImportKind.Revenue);

        Assert.Equal(["year", "productGroup"], mapping.MissingRequired.Select(f => f.Key));
    }
}
