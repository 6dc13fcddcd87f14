using System.IO.Compression;
using System.Net;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Keyplan.Core.Demo;
using Keyplan.IntegrationTests.Infrastructure;
using Keyplan.Web.Documents.BulkExport;
using Microsoft.EntityFrameworkCore;

namespace Keyplan.IntegrationTests.Documents;

/// <summary>POST /api/exports and its job: all plans of a business area and year as one zip, only for its starter.</summary>
public abstract class BulkExportApiTests(KeyplanApp app)
{
    private async Task<(int AreaId, int Year, List<string> Accounts)> BamAreaWithPlansAsync() =>
        await app.DbAsync(async db =>
        {
            var areaId = await db.Users.Where(u => u.Email == DemoUsers.Bam).Select(u => u.BusinessAreaId!.Value).SingleAsync();
            var plans = await db.Plans.Where(p => p.Account!.BusinessAreaId == areaId && p.FiscalYear != null)
                .Select(p => new { Year = p.FiscalYear!.Value, p.Account!.Name }).ToListAsync();
            var year = plans.GroupBy(p => p.Year).OrderByDescending(g => g.Count()).First().Key;
            return (areaId, year, plans.Where(p => p.Year == year).Select(p => p.Name).ToList());
        });

    [Theory]
    [InlineData("docx")]
    [InlineData("xlsx")]
    public async Task ZipExport_ByTheBam_HasOneValidFilePerPlanOfTheAreaAndYear(string format)
    {
        var (areaId, year, accounts) = await BamAreaWithPlansAsync();
        using var bam = await app.ClientForAsync(DemoUsers.Bam);

        var started = await bam.PostJsonAsync("/api/exports", new { businessAreaId = areaId, year, format });

        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var job = await started.ReadAsync<BulkExportJobStatus>();
        Assert.Equal($"/api/exports/{job.Id}", started.Headers.Location!.ToString());
        Assert.Equal(accounts.Count, job.Total);
        var finished = await PollUntilFinishedAsync(bam, job.Id);
        Assert.Equal(BulkExportStatus.Completed, finished.Status);
        Assert.Equal((accounts.Count, 0), (finished.Done, finished.Failed));

        var download = await bam.GetAsync(finished.FileUrl);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/zip", download.Content.Headers.ContentType!.MediaType);
        using var zip = new ZipArchive(new MemoryStream(await download.Content.ReadAsByteArrayAsync()));
        Assert.Equal(accounts.Count, zip.Entries.Count);
        Assert.DoesNotContain(zip.Entries, e => e.Name == "errors.txt");
        foreach (var entry in zip.Entries)
        {
            Assert.Matches($@"^Keyplan_[\p{{L}}\p{{N}}._-]+_{year}_internal\.{format}$", entry.FullName);
            using var content = new MemoryStream();
            await using (var stream = await entry.OpenAsync())
            {
                await stream.CopyToAsync(content);
            }

            content.Position = 0;
            using OpenXmlPackage package = format == "docx" ? WordprocessingDocument.Open(content, false) : SpreadsheetDocument.Open(content, false);
            Assert.Empty(new OpenXmlValidator().Validate(package).Select(e => $"{entry.FullName} {e.Path?.XPath}: {e.Description}"));
        }
    }

    [Fact]
    public async Task ZipExport_ByAKam_Is403()
    {
        var (areaId, year, _) = await BamAreaWithPlansAsync();
        using var kam = await app.ClientForAsync(DemoUsers.Kam);

        var response = await kam.PostJsonAsync("/api/exports", new { businessAreaId = areaId, year, format = "docx" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task ZipExportJob_OfSomeoneElse_Is404()
    {
        var (areaId, year, _) = await BamAreaWithPlansAsync();
        using var bam = await app.ClientForAsync(DemoUsers.Bam);
        using var management = await app.ClientForAsync(DemoUsers.Management);
        var job = await (await bam.PostJsonAsync("/api/exports", new { businessAreaId = areaId, year, format = "xlsx" })).ReadAsync<BulkExportJobStatus>();
        await PollUntilFinishedAsync(bam, job.Id);

        Assert.Equal(HttpStatusCode.NotFound, (await management.GetAsync($"/api/exports/{job.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await management.GetAsync($"/api/exports/{job.Id}/file")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await bam.GetAsync($"/api/exports/{job.Id}/file")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await bam.GetAsync($"/api/exports/{Guid.NewGuid()}")).StatusCode);
    }

    [Fact]
    public async Task ZipExport_WithBadFields_Is400NamingEach()
    {
        using var bam = await app.ClientForAsync(DemoUsers.Bam);

        var response = await bam.PostJsonAsync("/api/exports", new { businessAreaId = int.MaxValue, year = 1900, format = "ppt" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["businessAreaId", "format", "year"], (await response.ValidationErrorsAsync()).Keys.Order());
    }

    [Fact]
    public async Task ZipExport_OfAYearWithoutPlans_Is400SayingThereIsNothingToExport()
    {
        var (areaId, _, _) = await BamAreaWithPlansAsync();
        var areaName = await app.DbAsync(db => db.BusinessAreas.Where(b => b.Id == areaId).Select(b => b.Name).SingleAsync());
        using var bam = await app.ClientForAsync(DemoUsers.Bam);

        var response = await bam.PostJsonAsync("/api/exports", new { businessAreaId = areaId, year = 2099, format = "pdf" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var message = Assert.Single((await response.ValidationErrorsAsync())["businessAreaId"]);
        Assert.Equal($"There are no plans of {areaName} for 2099 that you can see, so there is nothing to export.", message);
    }

    private static async Task<BulkExportJobStatus> PollUntilFinishedAsync(HttpClient client, Guid id)
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (true)
        {
            var status = await (await client.GetAsync($"/api/exports/{id}")).ReadAsync<BulkExportJobStatus>();
            if (status.Status is BulkExportStatus.Completed or BulkExportStatus.Failed || DateTime.UtcNow > deadline)
            {
                return status;
            }

            await Task.Delay(100);
        }
    }
}

[Trait("Database", "Sqlite")]
public sealed class SqliteBulkExportApiTests(SqliteApp app) : BulkExportApiTests(app), IClassFixture<SqliteApp>;

[Trait("Database", "Postgres")]
public sealed class PostgresBulkExportApiTests(PostgresApp app) : BulkExportApiTests(app), IClassFixture<PostgresApp>;
