using System.Net;
using System.Text;
using Keyplan.Core.Demo;
using Keyplan.Core.Import;
using Keyplan.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace Keyplan.IntegrationTests.Import;

/// <summary>Keyplan's own import templates: downloaded, filled in with a row, and imported without a mapping.</summary>
public abstract class ImportTemplatesApiTests(KeyplanApp app)
{
    [Fact]
    public async Task CsvTemplate_FilledWithARow_ImportsCleanly()
    {
        using var client = await app.ClientForAsync(DemoUsers.Admin);

        var response = await client.GetAsync("/api/imports/templates/accounts?format=csv");
        var template = await response.Content.ReadAsByteArrayAsync();
        var text = Encoding.UTF8.GetString(template).TrimStart('\uFEFF');
        var filled = Encoding.UTF8.GetBytes(text + "\"TPL-CSV-1\",\"Template Csv GmbH\",\"TPL-1\",,\"Machinery\",\"DE\",\"Köln\",,\"120\",\"1000000.50\",\"EUR\",\"no\",,\r\n");
        var preview = await (await client.UploadAsync("Accounts", "keyplan-accounts.csv", filled)).ReadAsync<ImportPreview>();
        await client.CommitOkAsync(preview.Id);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("keyplan-accounts.csv", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        Assert.StartsWith("\"Record ID\",\"Account name\"", text, StringComparison.Ordinal);
        Assert.Equal(SourceSystem.Keyplan, preview.Source);
        Assert.Empty(preview.UnmappedHeaders);
        Assert.Equal(new ImportCounts(1, 1, 0, 0, 0), preview.Counts);
        var account = await app.DbAsync(db => db.Accounts.AsNoTracking().SingleAsync(a => a.SourceRecordId == "TPL-CSV-1"));
        Assert.Equal(("Template Csv GmbH", "TPL-1", "DE", 120), (account.Name, account.AccountNumber, account.Country, account.Employees));
    }

    [Fact]
    public async Task XlsxTemplate_FilledWithARow_ImportsCleanly()
    {
        using var client = await app.ClientForAsync(DemoUsers.Management);

        var response = await client.GetAsync("/api/imports/templates/Revenue?format=xlsx");
        using var template = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var headers = template.Query(useHeaderRow: false).Cast<IDictionary<string, object?>>().First().Values.Select(v => v?.ToString() ?? string.Empty).ToList();
        // Filled in as a user would in Excel: the same header row, numbers as numbers.
        var row = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var header in headers)
        {
            row[header] = null;
        }

        row["Account number"] = "K-10003";
        row["Fiscal year"] = 2034;
        row["Product group"] = "Template Group";
        row["Revenue"] = 1234.5m;
        using var filled = new MemoryStream();
        filled.SaveAs(new[] { row }, excelType: ExcelType.XLSX);
        var preview = await (await client.UploadAsync("Revenue", "keyplan-revenue.xlsx", filled.ToArray())).ReadAsync<ImportPreview>();
        await client.CommitOkAsync(preview.Id);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ImportTemplates.Headers(ImportKind.Revenue), headers);
        Assert.Equal(0, preview.TotalProblems);
        Assert.Equal(["Template Group"], preview.NewProductGroups);
        Assert.Equal(1234.5m, await app.DbAsync(db => db.RevenueRecords
            .Where(r => r.Account!.AccountNumber == "K-10003" && r.Year == 2034).Select(r => r.Revenue).SingleAsync()));
    }

    [Theory]
    [InlineData("Accounts", "csv")]
    [InlineData("Contacts", "xlsx")]
    [InlineData("Revenue", null)]
    public async Task Templates_HaveKeyplansOwnHeaders(string kind, string? format)
    {
        using var client = await app.ClientForAsync(DemoUsers.Bam);

        var response = await client.GetAsync($"/api/imports/templates/{kind}" + (format is null ? string.Empty : $"?format={format}"));
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var path = Path.Combine(Path.GetTempPath(), $"template-{Guid.NewGuid():N}");
        await File.WriteAllBytesAsync(path, bytes);
        try
        {
            var columns = ImportColumns.Read(path, Enum.Parse<ImportKind>(kind), new Keyplan.Core.Identity.CurrentUser("x", "x", new HashSet<string> { "Administrator" }, null));
            Assert.Equal(ImportTemplates.Headers(Enum.Parse<ImportKind>(kind)), columns.Value!.Headers);
            Assert.Equal(ImportFields.For(Enum.Parse<ImportKind>(kind)).Count, columns.Value.Mapping.Count);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("/api/imports/templates/Invoices", HttpStatusCode.BadRequest)]
    [InlineData("/api/imports/templates/1", HttpStatusCode.BadRequest)]
    [InlineData("/api/imports/templates/Accounts?format=pdf", HttpStatusCode.BadRequest)]
    public async Task UnknownKindOrFormat_IsRefused(string url, HttpStatusCode expected)
    {
        using var client = await app.ClientForAsync(DemoUsers.Admin);

        Assert.Equal(expected, (await client.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task Kam_MayNotDownloadTemplates()
    {
        using var client = await app.ClientForAsync(DemoUsers.Kam);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/imports/templates/Accounts")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.AnonymousClient().GetAsync("/api/imports/templates/Accounts")).StatusCode);
    }
}

[Trait("Database", "Sqlite")]
public sealed class SqliteImportTemplatesApiTests(SqliteApp app) : ImportTemplatesApiTests(app), IClassFixture<SqliteApp>;

[Trait("Database", "Postgres")]
public sealed class PostgresImportTemplatesApiTests(PostgresApp app) : ImportTemplatesApiTests(app), IClassFixture<PostgresApp>;
