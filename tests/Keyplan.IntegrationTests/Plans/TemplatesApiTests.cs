using System.Net;
using System.Text;
using System.Text.Json;
using Keyplan.Core.Accounts;
using Keyplan.Core.Demo;
using Keyplan.Core.Plans;
using Keyplan.Core.Plans.Sections;
using Keyplan.Core.Plans.Templates;
using Keyplan.IntegrationTests.Accounts;
using Keyplan.IntegrationTests.Infrastructure;

namespace Keyplan.IntegrationTests.Plans;

/// <summary>The template API and custom fields on section saves, once per database provider.</summary>
public abstract class TemplatesApiTests(KeyplanApp app)
{
    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static readonly CustomFieldDefinition Region = new("region", "Region", CustomFieldType.Choice, ["North", "South"]);
    private static readonly CustomFieldDefinition Volume = new("volume", "Volume", CustomFieldType.Number, []);

    /// <summary>A copy of the full template without the market section and with two custom fields on the SWOT: version 2.</summary>
    private static async Task<TemplateDetails> CopyWithFieldsAsync(HttpClient admin, string name)
    {
        var copy = await (await admin.PostJsonAsync("/api/templates", new CopyTemplateRequest { SourceId = BuiltInTemplates.FullId, Name = name }))
            .ReadAsync<TemplateDetails>();
        var sections = copy.Definition.Sections
            .Where(s => s.Key != SectionKeys.Market)
            .Select(s => s.Key == SectionKeys.Swot ? s with { CustomFields = [Region, Volume] } : s)
            .ToList();
        var saved = await admin.PutJsonAsync($"/api/templates/{copy.Id}", new UpdateTemplateRequest { Name = name, Sections = sections }, "\"1\"");
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        return await saved.ReadAsync<TemplateDetails>();
    }

    private async Task<PlanDetails> NewPlanAsync(HttpClient kam, int templateId)
    {
        var businessAreaId = await app.BusinessAreaOfAsync(DemoUsers.Bam);
        var kamId = await app.UserIdAsync(DemoUsers.Kam);
        using var bam = await app.ClientForAsync(DemoUsers.Bam);
        var account = await (await bam.PostJsonAsync("/api/accounts",
            new AccountBuilder().InBusinessArea(businessAreaId).WithKeyAccountManager(kamId).Build())).ReadAsync<AccountDetails>();
        var response = await kam.PostJsonAsync("/api/plans", new CreatePlanRequest { AccountId = account.Id, FiscalYear = 2027, TemplateId = templateId });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.ReadAsync<PlanDetails>();
    }

    [Fact]
    public async Task List_ShowsTheBuiltInsToEveryone()
    {
        using var kam = await app.ClientForAsync(DemoUsers.Kam);

        var templates = await (await kam.GetAsync("/api/templates")).ReadAsync<List<TemplateListItem>>();

        Assert.Equal([BuiltInTemplates.FullId, BuiltInTemplates.LightId], templates.Take(2).Select(t => t.Id));
        Assert.All(templates.Take(2), t => Assert.True(t.BuiltIn));
    }

    [Fact]
    public async Task Writes_AreForAdministratorsOnly_AndBuiltInsCannotBeChanged()
    {
        using var kam = await app.ClientForAsync(DemoUsers.Kam);
        using var admin = await app.ClientForAsync(DemoUsers.Admin);

        var copyByKam = await kam.PostJsonAsync("/api/templates", new CopyTemplateRequest { SourceId = BuiltInTemplates.FullId, Name = "Mine" });
        var putByKam = await kam.PutJsonAsync($"/api/templates/{BuiltInTemplates.FullId}", new UpdateTemplateRequest { Name = "x" }, "\"1\"");
        var builtIn = await admin.PutJsonAsync($"/api/templates/{BuiltInTemplates.FullId}",
            new UpdateTemplateRequest { Name = "Full", Sections = [.. BuiltInTemplates.Definition(PlanTemplateKind.Full).Sections] }, "\"1\"");

        Assert.Equal(HttpStatusCode.Forbidden, copyByKam.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, putByKam.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, builtIn.StatusCode);
    }

    [Fact]
    public async Task Update_CreatesANewVersion_WithIfMatch_AndRefusesAStaleOrMissingOne()
    {
        using var admin = await app.ClientForAsync(DemoUsers.Admin);
        var saved = await CopyWithFieldsAsync(admin, "Key accounts DACH");
        var url = $"/api/templates/{saved.Id}";

        var stale = await admin.PutJsonAsync(url, new UpdateTemplateRequest { Name = "Other", Sections = [.. saved.Definition.Sections] }, "\"1\"");
        var missing = await admin.PutJsonAsync(url, new UpdateTemplateRequest { Name = "Other", Sections = [.. saved.Definition.Sections] }, null);
        var invalid = await admin.PutJsonAsync(url, new UpdateTemplateRequest
        {
            Name = "Other", Sections = [new TemplateSection(SectionKeys.Swot, [Region with { Options = [] }])],
        }, "\"2\"");
        var read = await admin.GetAsync(url);
        var details = await read.ReadAsync<TemplateDetails>();

        Assert.Equal(2, saved.Version);
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal((HttpStatusCode)428, missing.StatusCode);
        Assert.Equal(["sections", "sections[0].customFields[0].options"], (await invalid.ValidationErrorsAsync()).Keys.Order(StringComparer.Ordinal));
        Assert.Equal("\"2\"", read.Headers.ETag!.ToString());
        Assert.Equal("Key accounts DACH", details.Name);
        Assert.Equal([2, 1], details.Versions.Select(v => v.Number));
        Assert.False(details.Definition.Has(SectionKeys.Market));
    }

    [Fact]
    public async Task Plan_KeepsItsTemplateVersion_WithoutSwitchedOffSections()
    {
        using var admin = await app.ClientForAsync(DemoUsers.Admin);
        using var kam = await app.ClientForAsync(DemoUsers.Kam);
        var template = await CopyWithFieldsAsync(admin, "Without market");
        var plan = await NewPlanAsync(kam, template.Id);

        await admin.PutJsonAsync($"/api/templates/{template.Id}", new UpdateTemplateRequest
        {
            Name = "Without market", Sections = [.. template.Definition.Sections.Select(s => s with { CustomFields = [] })],
        }, "\"2\"");
        var after = await (await kam.GetAsync($"/api/plans/{plan.Id}")).ReadAsync<PlanDetails>();
        var market = await kam.GetAsync($"/api/plans/{plan.Id}/sections/market");
        var putMarket = await kam.SendAsync(new HttpRequestMessage(HttpMethod.Put, $"/api/plans/{plan.Id}/sections/market")
        {
            Content = Json("{}"), Headers = { { "If-Match", "\"1\"" } },
        });
        var details = await (await admin.GetAsync($"/api/templates/{template.Id}")).ReadAsync<TemplateDetails>();

        Assert.Equal(new PlanTemplateRef(template.Id, "Without market", false, PlanTemplateKind.Full, 2), after.Template);
        Assert.DoesNotContain(after.Sections, s => s.Key == SectionKeys.Market);
        Assert.Equal(["region", "volume"], after.Sections.Single(s => s.Key == SectionKeys.Swot).CustomFieldDefinitions.Select(f => f.Id));
        Assert.Equal(HttpStatusCode.NotFound, market.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, putMarket.StatusCode);
        Assert.Equal(3, details.Version);
        Assert.Equal(1, details.Versions.Single(v => v.Number == 2).PlanCount);
    }

    [Fact]
    public async Task CarryForward_UsesTheTemplatesCurrentVersion()
    {
        using var admin = await app.ClientForAsync(DemoUsers.Admin);
        using var kam = await app.ClientForAsync(DemoUsers.Kam);
        var template = await CopyWithFieldsAsync(admin, "Carried");
        var plan = await NewPlanAsync(kam, template.Id);
        await admin.PutJsonAsync($"/api/templates/{template.Id}", new UpdateTemplateRequest
        {
            Name = "Carried", Sections = [.. template.Definition.Sections.Where(s => s.Key != SectionKeys.Kpis)],
        }, "\"2\"");

        var next = await (await kam.PostAsync($"/api/plans/{plan.Id}/carry-forward", null)).ReadAsync<PlanDetails>();

        Assert.Equal(3, next.Template.Version);
        Assert.DoesNotContain(next.Sections, s => s.Key == SectionKeys.Kpis);
        Assert.Contains(plan.Sections, s => s.Key == SectionKeys.Kpis);
    }

    [Fact]
    public async Task Section_CustomFieldValues_AreValidatedAgainstThePlansTemplateVersion()
    {
        using var admin = await app.ClientForAsync(DemoUsers.Admin);
        using var kam = await app.ClientForAsync(DemoUsers.Kam);
        var plan = await NewPlanAsync(kam, (await CopyWithFieldsAsync(admin, "With fields")).Id);
        var url = $"/api/plans/{plan.Id}/sections/swot";

        var invalid = await kam.SendAsync(new HttpRequestMessage(HttpMethod.Put, url)
        {
            Content = Json("""{"customFields":{"region":"West","volume":"many","other":"x"}}"""), Headers = { { "If-Match", "\"1\"" } },
        });
        var valid = await kam.SendAsync(new HttpRequestMessage(HttpMethod.Put, url)
        {
            Content = Json("""{"customFields":{"region":"North","volume":"1250.5"}}"""), Headers = { { "If-Match", "\"1\"" } },
        });
        var stored = await (await kam.GetAsync(url)).ReadAsync<JsonElement>();
        var summary = await kam.SendAsync(new HttpRequestMessage(HttpMethod.Put, $"/api/plans/{plan.Id}/sections/summary")
        {
            Content = Json("""{"text":"x","customFields":{"region":"North"}}"""), Headers = { { "If-Match", "\"1\"" } },
        });

        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Equal(["customFields.other", "customFields.region", "customFields.volume"],
            (await invalid.ValidationErrorsAsync()).Keys.Order(StringComparer.Ordinal));
        Assert.Equal(HttpStatusCode.OK, valid.StatusCode);
        Assert.Equal("1250.5", stored.GetProperty("content").GetProperty("customFields").GetProperty("volume").GetString());
        Assert.Equal(["customFields.region"], (await summary.ValidationErrorsAsync()).Keys);
    }

    [Fact]
    public async Task Create_ByKind_StillWorks_AndAnUnknownTemplateIsRefused()
    {
        using var kam = await app.ClientForAsync(DemoUsers.Kam);
        var businessAreaId = await app.BusinessAreaOfAsync(DemoUsers.Bam);
        var kamId = await app.UserIdAsync(DemoUsers.Kam);
        using var bam = await app.ClientForAsync(DemoUsers.Bam);
        var account = await (await bam.PostJsonAsync("/api/accounts",
            new AccountBuilder().InBusinessArea(businessAreaId).WithKeyAccountManager(kamId).Build())).ReadAsync<AccountDetails>();

        var light = await kam.PostAsync("/api/plans", Json($$"""{"accountId":{{account.Id}},"fiscalYear":2027,"template":"light"}"""));
        var unknown = await kam.PostAsync("/api/plans", Json($$"""{"accountId":{{account.Id}},"fiscalYear":2028,"templateId":9999}"""));
        var plan = await light.ReadAsync<PlanDetails>();

        Assert.Equal(HttpStatusCode.Created, light.StatusCode);
        Assert.Equal(BuiltInTemplates.LightId, plan.Template.Id);
        Assert.Equal(BuiltInTemplates.Definition(PlanTemplateKind.Light).Sections.Select(s => s.Key), plan.Sections.Select(s => s.Key));
        Assert.Equal(["templateId"], (await unknown.ValidationErrorsAsync()).Keys);
    }
}

[Trait("Database", "Sqlite")]
public sealed class SqliteTemplatesApiTests(SqliteApp app) : TemplatesApiTests(app), IClassFixture<SqliteApp>;

[Trait("Database", "Postgres")]
public sealed class PostgresTemplatesApiTests(PostgresApp app) : TemplatesApiTests(app), IClassFixture<PostgresApp>;
