using System.Net;
using Keyplan.Core.Demo;
using Keyplan.Core.Import;
using Keyplan.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Keyplan.IntegrationTests.Import;

/// <summary>Imports over HTTP, once per database provider: the sample exports, broken files, skipping bad rows, access.</summary>
public abstract class ImportsApiTests(KeyplanApp app)
{
    private const string Salesforce = nameof(SourceSystem.Salesforce);
    private static readonly string[] SampleGroups = ["Antriebe", "Ersatzteile", "Sensorik", "Service", "Steuerungen"];

    private Task<(int Accounts, int Contacts, int Revenue, int ProductGroups, int Batches)> CountsAsync() =>
        app.DbAsync(async db => (await db.Accounts.CountAsync(), await db.Contacts.CountAsync(), await db.RevenueRecords.CountAsync(),
            await db.ProductGroups.CountAsync(), await db.ImportBatches.CountAsync(b => b.Status == ImportBatchStatus.Committed)));

    [Fact]
    public async Task SampleFiles_ImportWithTheirLinks_AndASecondImportCreatesNoDuplicates()
    {
        using var client = await app.ClientForAsync(DemoUsers.Admin);

        var accounts = await client.PreviewSampleAsync("Accounts", "salesforce-accounts.csv");
        Assert.Equal(SourceSystem.Salesforce, accounts.Source);
        Assert.Equal(40, accounts.Counts.Rows);
        Assert.Equal(0, accounts.TotalProblems);
        Assert.Equal(40, accounts.Counts.New + accounts.Counts.Updated);
        Assert.Equal("ParentId", accounts.Mapping["parentRecordId"]);
        Assert.Contains("BillingStreet", accounts.UnmappedHeaders);
        await client.CommitOkAsync(accounts.Id);

        var contacts = await client.PreviewSampleAsync("Contacts", "salesforce-contacts.csv");
        Assert.Equal(new ImportCounts(211, 211, 0, 0, 0), contacts.Counts);
        await client.CommitOkAsync(contacts.Id);

        var revenue = await client.PreviewSampleAsync("Revenue", "erp-umsatz-2023-2025.csv");
        Assert.Equal(453, revenue.Counts.Rows);
        Assert.Equal(0, revenue.TotalProblems);
        Assert.Equal(SampleGroups, revenue.NewProductGroups);
        var committed = await client.CommitOkAsync(revenue.Id);
        Assert.Equal(ImportBatchStatus.Committed, committed.Status);

        var links = await app.DbAsync(async db => new
        {
            Accounts = await db.Accounts.CountAsync(a => a.SourceSystem == Salesforce),
            Subsidiaries = await db.Accounts.CountAsync(a => a.SourceSystem == Salesforce && a.ParentAccountId != null),
            RheinlandContacts = await db.Contacts.CountAsync(c => c.Account!.SourceRecordId == "0015g0000000001AAA"),
            Reporting = await db.Contacts.CountAsync(c => c.SourceSystem == Salesforce && c.ReportsToId != null),
            HoffmannsBoss = await db.Contacts.Where(c => c.SourceRecordId == "0035g0000000002AAA").Select(c => c.ReportsTo!.LastName).SingleAsync(),
            Drives2023 = await db.RevenueRecords.Where(r => r.Account!.AccountNumber == "K-10000" && r.Year == 2023 && r.ProductGroup!.Name == "Antriebe")
                .Select(r => r.Revenue).SingleAsync(),
            Revenue = await db.RevenueRecords.CountAsync(r => r.Account!.SourceSystem == Salesforce && SampleGroups.Contains(r.ProductGroup!.Name)),
        });
        Assert.Equal(40, links.Accounts);
        Assert.Equal(3, links.Subsidiaries);
        Assert.True(links.RheinlandContacts > 0);
        Assert.Equal(171, links.Reporting);
        Assert.Equal("Smith", links.HoffmannsBoss);
        Assert.Equal(2_656_435.68m, links.Drives2023);
        Assert.Equal(453, links.Revenue);

        var before = await CountsAsync();
        var again = new[]
        {
            await client.PreviewSampleAsync("Accounts", "salesforce-accounts.csv"),
            await client.PreviewSampleAsync("Contacts", "salesforce-contacts.csv"),
            await client.PreviewSampleAsync("Revenue", "erp-umsatz-2023-2025.csv"),
        };
        Assert.All(again, preview => Assert.Equal(0, preview.Counts.New + preview.Counts.Updated));
        Assert.Equal([40L, 211L, 453L], again.Select(p => p.Counts.Unchanged));
        foreach (var preview in again)
        {
            await client.CommitOkAsync(preview.Id);
        }

        var after = await CountsAsync();
        Assert.Equal(before with { Batches = before.Batches + 3 }, after);
    }

    [Fact]
    public async Task BrokenRevenueFile_IsRefusedWithRowProblems_AndNothingChanges()
    {
        using var client = await app.ClientForAsync(DemoUsers.Management);
        var file = ImportUploads.Csv(
            "Kundennummer;Geschäftsjahr;Warengruppe;Umsatz EUR;Deckungsbeitrag EUR",
            "K-10001;2024;Sensors;1.000,00;100,00",
            "K-99999;2024;Sensors;1.000,00;100,00",
            "K-10001;2024;Drives;fünf;100,00",
            "K-10001;20x5;Sensors;1.000,00;100,00",
            "K-10001;2024;" + new string('X', 101) + ";1.000,00;100,00",
            "K-10001;2024;Sensors;2.000,00;100,00");
        var before = await CountsAsync();

        var response = await client.UploadAsync("Revenue", "broken.csv", file);
        var preview = await response.ReadAsync<ImportPreview>();
        var commit = await client.CommitAsync(preview.Id);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(
            [
                (3L, "Kundennummer", ImportProblemKind.UnknownAccount),
                (4L, "Umsatz EUR", ImportProblemKind.NotANumber),
                (5L, "Geschäftsjahr", ImportProblemKind.PeriodDoesNotExist),
                (6L, "Warengruppe", ImportProblemKind.TooLong),
                (7L, "Kundennummer", ImportProblemKind.DuplicateInFile),
            ],
            preview.Problems.Select(p => (p.Row, p.Column, p.Kind)));
        Assert.Equal("\"fünf\" is not a number.", preview.Problems[1].Message);
        Assert.Equal((6L, 5L), (preview.Counts.Rows, preview.Counts.WithProblems));
        Assert.Equal(HttpStatusCode.BadRequest, commit.StatusCode);
        Assert.Contains("skipInvalidRows", (await commit.ValidationErrorsAsync()).Keys);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task BrokenAccountAndContactFiles_NameEveryUnknownReference()
    {
        using var client = await app.ClientForAsync(DemoUsers.Admin);
        var accounts = ImportUploads.Csv(
            "Record ID,Account name,Parent record ID,Country",
            "BRK-1,Broken One,,DE",
            "BRK-2,Broken Two,,Atlantis",
            "BRK-1,Broken Again,,DE",
            "BRK-3,Broken Three,BRK-404,DE");
        var contacts = ImportUploads.Csv(
            "Record ID,Account record ID,First name,Last name,Reports to record ID",
            "BRC-1,NO-SUCH-ACCOUNT,Ann,Lee,",
            "BRC-2,NO-SUCH-ACCOUNT,Bo,Kim,BRC-404");
        var before = await CountsAsync();

        var accountPreview = await (await client.UploadAsync("Accounts", "accounts.csv", accounts)).ReadAsync<ImportPreview>();
        var contactPreview = await (await client.UploadAsync("Contacts", "contacts.csv", contacts)).ReadAsync<ImportPreview>();

        Assert.Equal(
            [(3L, "Country", ImportProblemKind.NotACountryCode), (4L, "Record ID", ImportProblemKind.DuplicateInFile), (5L, "Parent record ID", ImportProblemKind.UnknownParent)],
            accountPreview.Problems.Select(p => (p.Row, p.Column, p.Kind)).Order());
        Assert.Equal(
            [(2L, "Account record ID", ImportProblemKind.UnknownAccount), (3L, "Account record ID", ImportProblemKind.UnknownAccount),
             (3L, "Reports to record ID", ImportProblemKind.UnknownReportsTo)],
            contactPreview.Problems.Select(p => (p.Row, p.Column, p.Kind)).Order());
        Assert.Equal(HttpStatusCode.BadRequest, (await client.CommitAsync(accountPreview.Id)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.CommitAsync(contactPreview.Id)).StatusCode);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task SkipInvalidRows_ImportsTheGoodRowsOnly_AndKeepsFormulasAsText()
    {
        using var client = await app.ClientForAsync(DemoUsers.Bam);
        var file = ImportUploads.Csv(
            "Record ID,Account name,Account number,Description,Employees",
            "SKIP-1,=HYPERLINK(\"http://evil\"),SK-1,@SUM(A1),10",
            "SKIP-2,Skipped Werke,SK-2,,many",
            "SKIP-3,+Plus GmbH,SK-3,-1+1,20");
        var bamArea = await app.BusinessAreaOfAsync(DemoUsers.Bam);

        var preview = await (await client.UploadAsync("Accounts", "skip.csv", file)).ReadAsync<ImportPreview>();
        var refused = await client.CommitAsync(preview.Id);
        var skipped = await client.CommitAsync(preview.Id, skipInvalidRows: true);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, skipped.StatusCode);
        var imported = await app.DbAsync(db => db.Accounts.Where(a => a.SourceRecordId!.StartsWith("SKIP-"))
            .OrderBy(a => a.SourceRecordId).Select(a => new { a.Name, a.Description, a.BusinessAreaId }).ToListAsync());
        Assert.Equal(["=HYPERLINK(\"http://evil\")", "+Plus GmbH"], imported.Select(a => a.Name));
        Assert.Equal(["@SUM(A1)", "-1+1"], imported.Select(a => a.Description));
        Assert.All(imported, a => Assert.Equal(bamArea, a.BusinessAreaId));
        Assert.Equal(ImportBatchStatus.Committed, (await (await client.GetAsync($"/api/imports/{preview.Id}")).ReadAsync<ImportPreview>()).Status);
    }

    [Fact]
    public async Task SavedMapping_ReadsAFileWithHeadersOfItsOwn()
    {
        using var client = await app.ClientForAsync(DemoUsers.Admin);
        var saved = await client.PostJsonAsync("/api/import-mappings", new
        {
            name = "Old ERP",
            kind = "Revenue",
            mapping = new Dictionary<string, string> { ["accountNumber"] = "Debitor", ["year"] = "Periode", ["productGroup"] = "Sparte", ["revenue"] = "Betrag" },
        });
        var file = ImportUploads.Csv("Debitor;Periode;Sparte;Betrag", "K-10001;2031;Sensors;1.234,50");

        var preview = await (await client.UploadAsync("Revenue", "old-erp.csv", file, mappingName: "Old ERP")).ReadAsync<ImportPreview>();
        var unknown = await client.UploadAsync("Revenue", "old-erp.csv", file, mappingName: "No such mapping");
        var list = await (await client.GetAsync("/api/import-mappings")).ReadAsync<List<SavedImportMapping>>();

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal("Betrag", preview.Mapping["revenue"]);
        Assert.Equal(new ImportCounts(1, 1, 0, 0, 0), preview.Counts);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("mappingName", (await unknown.ValidationErrorsAsync()).Keys);
        Assert.Contains(list, m => m.Name == "Old ERP" && m.Kind == ImportKind.Revenue);
    }

    [Fact]
    public async Task QuarterlyFile_SumsItsQuartersIntoTheYear_AndAReimportGivesTheSameSum()
    {
        using var client = await app.ClientForAsync(DemoUsers.Admin);
        var file = ImportUploads.Csv(
            "Kundennummer;Geschäftsjahr;Quartal;Warengruppe;Umsatz EUR;Deckungsbeitrag EUR",
            "K-10002;2033;Q1;Sensors;1.000,00;100,00",
            "K-10002;2033;Q2;Sensors;2.000,00;200,00",
            "K-10002;2033;Q3;Sensors;3.000,00;300,00",
            "K-10002;2033;Q4;Sensors;4.000,00;400,00");
        Task<List<(decimal, decimal)>> YearAsync() => app.DbAsync(async db => (await db.RevenueRecords
            .Where(r => r.Account!.AccountNumber == "K-10002" && r.Year == 2033)
            .Select(r => new { r.Revenue, r.ContributionMargin }).ToListAsync())
            .Select(r => (r.Revenue, r.ContributionMargin)).ToList());

        var first = await (await client.UploadAsync("Revenue", "q.csv", file)).ReadAsync<ImportPreview>();
        await client.CommitOkAsync(first.Id);
        var afterFirst = await YearAsync();
        var second = await (await client.UploadAsync("Revenue", "q.csv", file)).ReadAsync<ImportPreview>();
        await client.CommitOkAsync(second.Id);

        Assert.Equal(new ImportCounts(4, 1, 0, 0, 0), first.Counts);
        Assert.Equal([(10_000m, 1_000m)], afterFirst);
        Assert.Equal(new ImportCounts(4, 0, 0, 1, 0), second.Counts);
        Assert.Equal(afterFirst, await YearAsync());
    }

    [Fact]
    public async Task Reimport_UpdatesOnlyTheChangedRecord_AndKeepsTheOthersAtTheirVersion()
    {
        using var client = await app.ClientForAsync(DemoUsers.Admin);
        const string Header = "Customer number,Fiscal year,Product group,Revenue,Contribution margin";
        Task<List<(string?, decimal, decimal, int)>> RecordsAsync() => app.DbAsync(async db => (await db.RevenueRecords
            .Where(r => r.Year == 2034 && (r.Account!.AccountNumber == "K-10003" || r.Account!.AccountNumber == "K-10004"))
            .OrderBy(r => r.Account!.AccountNumber)
            .Select(r => new { r.Account!.AccountNumber, r.Revenue, r.ContributionMargin, r.Version }).ToListAsync())
            .Select(r => (r.AccountNumber, r.Revenue, r.ContributionMargin, r.Version)).ToList());

        var first = await (await client.UploadAsync("Revenue", "y.csv",
            ImportUploads.Csv(Header, "K-10003,2034,Sensors,1000.50,100", "K-10004,2034,Sensors,2000,200"))).ReadAsync<ImportPreview>();
        await client.CommitOkAsync(first.Id);
        var second = await (await client.UploadAsync("Revenue", "y.csv",
            ImportUploads.Csv(Header, "K-10003,2034,Sensors,1000.50,100", "K-10004,2034,Sensors,2500,250"))).ReadAsync<ImportPreview>();
        var committed = await client.CommitOkAsync(second.Id);

        Assert.Equal(new ImportCounts(2, 0, 1, 1, 0), committed.Counts);
        Assert.Equal([("K-10003", 1000.50m, 100m, 1), ("K-10004", 2500m, 250m, 2)], await RecordsAsync());
    }

    [Fact]
    public async Task Kam_MayNotImport()
    {
        using var client = await app.ClientForAsync(DemoUsers.Kam);

        var upload = await client.UploadAsync("Revenue", "r.csv", ImportUploads.Csv("Kundennummer;Jahr;Warengruppe;Umsatz", "K-10001;2024;Sensors;1"));

        Assert.Equal(HttpStatusCode.Forbidden, upload.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/imports/1")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.CommitAsync(1)).StatusCode);
    }
}

[Trait("Database", "Sqlite")]
public sealed class SqliteImportsApiTests(SqliteApp app) : ImportsApiTests(app), IClassFixture<SqliteApp>;

[Trait("Database", "Postgres")]
public sealed class PostgresImportsApiTests(PostgresApp app) : ImportsApiTests(app), IClassFixture<PostgresApp>;
