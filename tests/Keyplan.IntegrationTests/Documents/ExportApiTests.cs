using System.Net;
using Keyplan.Core.Demo;
using Keyplan.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Keyplan.IntegrationTests.Documents;

/// <summary>GET /api/plans/{id}/export: the file in each format and audience, its name, and the refusals.</summary>
public abstract class ExportApiTests(KeyplanApp app)
{
    /// <summary>The complete English demo plan the demo KAM owns.</summary>
    private const string BritishAccount = "Ashworth & Moore Engineering Ltd";

    private Task<int> BritishPlanAsync() =>
        app.DbAsync(db => db.Plans.Where(p => p.Account!.Name == BritishAccount).Select(p => p.Id).SingleAsync());

    [Theory]
    [InlineData("pdf", "internal", "application/pdf", "%PDF")]
    [InlineData("pdf", "customer", "application/pdf", "%PDF")]
    [InlineData("docx", "internal", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "PK")]
    [InlineData("docx", "customer", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "PK")]
    [InlineData("xlsx", null, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "PK")]
    [InlineData("pptx", null, "application/vnd.openxmlformats-officedocument.presentationml.presentation", "PK")]
    [InlineData("pptx", "internal", "application/vnd.openxmlformats-officedocument.presentationml.presentation", "PK")]
    public async Task Export_OfAPlanTheKamOwns_IsTheFileWithASafeName(string format, string? audience, string contentType, string magic)
    {
        var id = await BritishPlanAsync();
        using var kam = await app.ClientForAsync(DemoUsers.Kam);

        var response = await kam.GetAsync($"/api/plans/{id}/export?format={format}" + (audience is null ? string.Empty : $"&audience={audience}"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType!.MediaType);
        var name = response.Content.Headers.ContentDisposition!.FileName!.Trim('"');
        Assert.Equal($"Keyplan_Ashworth_Moore_Engineering_Ltd_{DateTime.UtcNow.Year}_{audience ?? "internal"}.{format}", name);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.StartsWith(magic, System.Text.Encoding.ASCII.GetString(bytes, 0, magic.Length), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("format=ppt", "format")]
    [InlineData("audience=customer", "format")]
    [InlineData("format=pdf&audience=board", "audience")]
    [InlineData("format=xlsx&audience=customer", "audience")]
    [InlineData("format=pptx&audience=customer", "audience")]
    public async Task Export_WithABadParameter_Is400NamingIt(string query, string field)
    {
        var id = await BritishPlanAsync();
        using var kam = await app.ClientForAsync(DemoUsers.Kam);

        var response = await kam.GetAsync($"/api/plans/{id}/export?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal([field], (await response.ValidationErrorsAsync()).Keys);
    }

    [Theory]
    [InlineData("pdf")]
    [InlineData("docx")]
    [InlineData("xlsx")]
    [InlineData("pptx")]
    public async Task Export_OfAPlanTheUserMayNotSee_Is404(string format)
    {
        var hiddenAccount = await app.AccountHiddenFromAsync(DemoUsers.Kam);
        var planId = await app.DbAsync(db => db.Plans.Where(p => p.AccountId == hiddenAccount).Select(p => (int?)p.Id).FirstOrDefaultAsync())
            ?? await CreatePlanOnAsync(hiddenAccount);
        using var kam = await app.ClientForAsync(DemoUsers.Kam);

        var response = await kam.GetAsync($"/api/plans/{planId}/export?format={format}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await kam.GetAsync($"/api/plans/{int.MaxValue}/export?format={format}")).StatusCode);
    }

    private async Task<int> CreatePlanOnAsync(int accountId)
    {
        using var admin = await app.ClientForAsync(DemoUsers.Admin);
        var created = await admin.PostJsonAsync("/api/plans", new { accountId, fiscalYear = 2031, language = "de", template = "Full" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.ReadAsync<Core.Plans.PlanDetails>()).Id;
    }
}

[Trait("Database", "Sqlite")]
public sealed class SqliteExportApiTests(SqliteApp app) : ExportApiTests(app), IClassFixture<SqliteApp>;

[Trait("Database", "Postgres")]
public sealed class PostgresExportApiTests(PostgresApp app) : ExportApiTests(app), IClassFixture<PostgresApp>;
