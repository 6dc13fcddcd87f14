using System.Globalization;
using System.Text;
using Keyplan.Core.Import;
using Keyplan.Core.Import.Reading;
using Keyplan.Core.Import.Rows;

namespace Keyplan.UnitTests.Import;

/// <summary>Rows become candidate records, or problems naming row, column and reason.</summary>
public sealed class CandidateReaderTests
{
    private static (List<T> Candidates, List<ImportProblem> Problems) ReadAll<T>(ITabularFile file, ImportKind kind, Func<ImportRowReader, T?> read)
        where T : class
    {
        var mapping = ColumnMatcher.Match(file.Headers, kind);
        var candidates = new List<T>();
        var problems = new List<ImportProblem>();
        foreach (var row in file.Rows())
        {
            var reader = new ImportRowReader(row, mapping, file.Headers, file.NumberHint);
            if (read(reader) is { } candidate)
            {
                candidates.Add(candidate);
            }

            problems.AddRange(reader.Problems);
        }

        return (candidates, problems);
    }

    private static ITabularFile Sample(string name) =>
        TabularFile.Open(new MemoryStream(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Import", "Samples", name))));

    private static ITabularFile Csv(string text) => TabularFile.Open(new MemoryStream(Encoding.UTF8.GetBytes(text)));

    [Fact]
    public void SampleFiles_ReadWithoutProblems()
    {
        using var accounts = Sample("salesforce-accounts.csv");
        using var contacts = Sample("salesforce-contacts.csv");
        using var hubspot = Sample("hubspot-companies.csv");
        using var dynamics = Sample("dynamics365-accounts.xlsx");
        using var revenue = Sample("erp-umsatz-2023-2025.csv");

        var sfAccounts = ReadAll(accounts, ImportKind.Accounts, CandidateReaders.Account);
        var sfContacts = ReadAll(contacts, ImportKind.Contacts, CandidateReaders.Contact);
        var hsAccounts = ReadAll(hubspot, ImportKind.Accounts, CandidateReaders.Account);
        var dynAccounts = ReadAll(dynamics, ImportKind.Accounts, CandidateReaders.Account);
        var erp = ReadAll(revenue, ImportKind.Revenue, CandidateReaders.Revenue);

        Assert.Empty(sfAccounts.Problems.Concat(sfContacts.Problems).Concat(hsAccounts.Problems).Concat(dynAccounts.Problems).Concat(erp.Problems));
        Assert.Equal((40, 211, 30, 25), (sfAccounts.Candidates.Count, sfContacts.Candidates.Count, hsAccounts.Candidates.Count, dynAccounts.Candidates.Count));
        Assert.Equal(3, sfAccounts.Candidates.Count(a => a.ParentRecordId is not null));
        Assert.All(hsAccounts.Candidates, a => Assert.Equal(2, a.Country?.Length));
        var first = erp.Candidates[0];
        Assert.Equal(("K-10000", 2023, "Antriebe", 2_656_435.68m, (decimal?)629_684.81m), (first.AccountNumber, first.Year, first.ProductGroup, first.Revenue, first.ContributionMargin));
    }

    [Fact]
    public void BrokenRevenueRows_NameRowColumnAndReason()
    {
        using var file = Csv(
            "Kundennummer;Geschäftsjahr;Quartal;Warengruppe;Umsatz EUR\n" +
            "K-1;2025;Q2;Antriebe;1.000,00\n" +
            ";2025;;Antriebe;5\n" +
            "K-1;1899;;Antriebe;5\n" +
            "K-1;2025;Q5;Antriebe;5\n" +
            "K-1;2025;;Antriebe;fünf\n" +
            $"K-1;2025;;{new string('x', 101)};5\n");

        var (candidates, problems) = ReadAll(file, ImportKind.Revenue, CandidateReaders.Revenue);

        Assert.Single(candidates);
        Assert.Equal(2, candidates[0].Quarter);
        Assert.Equal(
            [
                (3L, "Kundennummer", ImportProblemKind.Required),
                (4L, "Geschäftsjahr", ImportProblemKind.PeriodDoesNotExist),
                (5L, "Quartal", ImportProblemKind.PeriodDoesNotExist),
                (6L, "Umsatz EUR", ImportProblemKind.NotANumber),
                (7L, "Warengruppe", ImportProblemKind.TooLong),
            ],
            problems.Select(p => (p.RowNumber, p.Column!, p.Kind)));
    }

    [Theory]
    [InlineData("2025", "", 2025, null)]
    [InlineData("FY2025", "Q3", 2025, 3)]
    [InlineData("GJ 2025", "Quartal 3", 2025, 3)]
    [InlineData("2025/26", "3. Quartal", 2025, 3)]
    [InlineData("2025", "2025-Q4", 2025, 4)]
    [InlineData("2025", "Q1 2025", 2025, 1)]
    [InlineData("2025", "2", 2025, 2)]
    public void RevenuePeriods_AreReadAsExportsWriteThem(string year, string quarter, int expectedYear, int? expectedQuarter)
    {
        using var file = Csv($"Kundennummer;Geschäftsjahr;Quartal;Warengruppe;Umsatz EUR\nK-1;{year};{quarter};Antriebe;5\n");

        var (candidates, problems) = ReadAll(file, ImportKind.Revenue, CandidateReaders.Revenue);

        Assert.Empty(problems);
        Assert.Equal((expectedYear, expectedQuarter), (candidates[0].Year, candidates[0].Quarter));
    }

    [Theory]
    [InlineData("25", "")]
    [InlineData("Jahr", "")]
    [InlineData("2025", "Quartal")]
    [InlineData("2025", "12")]
    public void RevenuePeriods_ThatDoNotExist_AreProblems(string year, string quarter)
    {
        using var file = Csv($"Kundennummer;Geschäftsjahr;Quartal;Warengruppe;Umsatz EUR\nK-1;{year};{quarter};Antriebe;5\n");

        var (candidates, problems) = ReadAll(file, ImportKind.Revenue, CandidateReaders.Revenue);

        Assert.Empty(candidates);
        Assert.Equal(ImportProblemKind.PeriodDoesNotExist, Assert.Single(problems).Kind);
    }

    [Fact]
    public void ProblemMessages_AreInTheReadersLanguage()
    {
        var problem = new ImportProblem(4, "Umsatz", ImportProblemKind.NotANumber, "fünf");
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("de-DE");
            Assert.Equal("„fünf“ ist keine Zahl.", problem.Message);
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("nl-NL");
            Assert.Equal("\"fünf\" is geen getal.", problem.Message);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    [Fact]
    public void FormulaLikeText_StaysText()
    {
        using var file = Csv("Name,Description\n\"=HYPERLINK(\"\"x\"\")\",+49 30 123\n");

        var (candidates, problems) = ReadAll(file, ImportKind.Accounts, CandidateReaders.Account);

        Assert.Empty(problems);
        Assert.Equal("=HYPERLINK(\"x\")", candidates[0].Name);
        Assert.Equal("+49 30 123", candidates[0].Description);
    }

    [Theory]
    [InlineData("Deutschland", "DE")]
    [InlineData("Nederland", "NL")]
    [InlineData("Duitsland", "DE")]
    [InlineData("United Kingdom", "GB")]
    [InlineData("gb", "GB")]
    [InlineData("Niederlande", "NL")]
    public void CountryNames_InEnglishGermanOrDutch_BecomeCodes(string name, string code)
    {
        using var file = Csv($"Name,Country\nAcme,{name}\n");

        var (candidates, problems) = ReadAll(file, ImportKind.Accounts, CandidateReaders.Account);

        Assert.Empty(problems);
        Assert.Equal(code, candidates[0].Country);
    }

    [Fact]
    public void DuplicateTracker_ReportsTheFirstRow_IgnoringCaseAndSpaces()
    {
        var tracker = new DuplicateTracker();

        Assert.Null(tracker.SeenBefore(2, "K-1", "2025", "Antriebe"));
        Assert.Null(tracker.SeenBefore(3, "K-1", "2025", "Sensorik"));
        Assert.Equal(2, tracker.SeenBefore(9, " k-1", "2025", "ANTRIEBE"));
        Assert.Null(tracker.SeenBefore(10, "K-12", "025", "Antriebe"));
    }
}
