using System.Net;
using System.Text;
using Keyplan.Core.Accounts;
using Keyplan.Core.Audit;
using Keyplan.Core.Demo;
using Keyplan.Core.Plans;
using Keyplan.IntegrationTests.Accounts;
using Keyplan.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Keyplan.IntegrationTests.Audit;

/// <summary>The audit trail of accounts and plans: recorded with every save, read through GET …/audit, never changed.</summary>
public abstract class AuditApiTests(KeyplanApp app)
{
    private async Task<(HttpClient Bam, AccountDetails Account, AccountInput Input, string ETag)> NewAccountAsync()
    {
        var businessAreaId = await app.BusinessAreaOfAsync(DemoUsers.Bam);
        var kamId = await app.UserIdAsync(DemoUsers.Kam);
        var bam = await app.ClientForAsync(DemoUsers.Bam);
        var input = new AccountBuilder().InBusinessArea(businessAreaId).WithKeyAccountManager(kamId).With(a => a.City = "Aachen").Build();
        var created = await bam.PostJsonAsync("/api/accounts", input);
        return (bam, await created.ReadAsync<AccountDetails>(), input, created.Headers.ETag!.ToString());
    }

    [Fact]
    public async Task AccountChange_IsRecordedWithWhoWhenAndTheOldAndNewValue()
    {
        var (bam, account, input, etag) = await NewAccountAsync();
        using var _ = bam;
        input.City = "Düsseldorf";
        Assert.Equal(HttpStatusCode.OK, (await bam.PutJsonAsync($"/api/accounts/{account.Id}", input, etag)).StatusCode);

        var trail = await (await bam.GetAsync($"/api/accounts/{account.Id}/audit")).ReadAsync<AuditTrailPage>();

        Assert.Equal([AuditAction.Modified, AuditAction.Added], trail.Entries.Where(e => e.EntityType == "Account").Select(e => e.Action));
        var change = trail.Entries[0];
        Assert.Equal(await app.UserIdAsync(DemoUsers.Bam), change.UserId);
        Assert.Equal(DemoUsers.All.Single(u => u.Email == DemoUsers.Bam).DisplayName, change.UserName);
        Assert.Equal(new AuditChange("City", "Aachen", "Düsseldorf"), Assert.Single(change.Changes));
        Assert.True(DateTimeOffset.UtcNow - change.At < TimeSpan.FromMinutes(5));
        var added = trail.Entries[1];
        Assert.Contains(added.Changes, c => c is { Field: "Name", Old: null } && c.New == input.Name);
        Assert.Contains(added.Changes, c => c.Field == "KeyAccountManagerId" && c.New == DemoUsers.All.Single(u => u.Email == DemoUsers.Kam).DisplayName);
    }

    [Fact]
    public async Task StaleUpdate_RecordsNothing()
    {
        var (bam, account, input, etag) = await NewAccountAsync();
        using var _ = bam;
        input.City = "Bonn";
        await bam.PutJsonAsync($"/api/accounts/{account.Id}", input, etag);
        var before = await app.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.AccountId == account.Id));

        input.City = "Köln";
        var stale = await bam.PutJsonAsync($"/api/accounts/{account.Id}", input, etag);

        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal(before, await app.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.AccountId == account.Id)));
    }

    [Fact]
    public async Task SectionChange_IsRecordedFieldByField_InThePlanAndTheAccountTrail()
    {
        var (bam, account, _, _) = await NewAccountAsync();
        bam.Dispose();
        using var kam = await app.ClientForAsync(DemoUsers.Kam);
        var plan = await (await kam.PostJsonAsync("/api/plans", new CreatePlanRequest { AccountId = account.Id, FiscalYear = 2031 })).ReadAsync<PlanDetails>();
        var url = $"/api/plans/{plan.Id}/sections/summary";
        var etag = (await kam.GetAsync(url)).Headers.ETag!.ToString();

        var put = await kam.SendAsync(new HttpRequestMessage(HttpMethod.Put, url)
        {
            Content = new StringContent("""{"text":"Grow in the Benelux."}""", Encoding.UTF8, "application/json"),
            Headers = { { "If-Match", etag } },
        });
        var planTrail = await (await kam.GetAsync($"/api/plans/{plan.Id}/audit")).ReadAsync<AuditTrailPage>();
        var accountTrail = await (await kam.GetAsync($"/api/accounts/{account.Id}/audit?take=200")).ReadAsync<AuditTrailPage>();

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var latest = planTrail.Entries[0];
        Assert.Equal(("PlanSection", AuditAction.Modified, plan.Id), (latest.EntityType, latest.Action, latest.PlanId));
        Assert.Equal(new AuditChange("summary.text", null, "Grow in the Benelux."), Assert.Single(latest.Changes));
        Assert.Contains(planTrail.Entries, e => e is { EntityType: "Plan", Action: AuditAction.Added });
        Assert.Contains(accountTrail.Entries, e => e.Id == latest.Id);
    }

    [Fact]
    public async Task Trail_PagesNewestFirst()
    {
        var (bam, account, input, etag) = await NewAccountAsync();
        using var _ = bam;
        input.City = "Bonn";
        await bam.PutJsonAsync($"/api/accounts/{account.Id}", input, etag);

        var first = await (await bam.GetAsync($"/api/accounts/{account.Id}/audit?take=1")).ReadAsync<AuditTrailPage>();
        var second = await (await bam.GetAsync($"/api/accounts/{account.Id}/audit?take=1&before={first.NextBefore}")).ReadAsync<AuditTrailPage>();
        var invalid = await bam.GetAsync($"/api/accounts/{account.Id}/audit?take=0");

        Assert.Equal(AuditAction.Modified, Assert.Single(first.Entries).Action);
        Assert.Equal(AuditAction.Added, Assert.Single(second.Entries).Action);
        Assert.Null(second.NextBefore);
        Assert.Contains("take", (await invalid.ValidationErrorsAsync()).Keys);
    }

    [Fact]
    public async Task Trail_OfAnAccountOrPlanTheUserCannotSee_Is404()
    {
        var (bam, account, _, _) = await NewAccountAsync();
        bam.Dispose();
        using var kam = await app.ClientForAsync(DemoUsers.Kam);
        var plan = await (await kam.PostJsonAsync("/api/plans", new CreatePlanRequest { AccountId = account.Id, FiscalYear = 2031 })).ReadAsync<PlanDetails>();
        using var outsider = await app.ClientForAsync(DemoUsers.Kam2);

        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/api/accounts/{account.Id}/audit")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/api/plans/{plan.Id}/audit")).StatusCode);
    }

    [Fact]
    public async Task Entries_CannotBeChangedOrDeleted()
    {
        var (bam, account, _, _) = await NewAccountAsync();
        bam.Dispose();

        var change = await Record.ExceptionAsync(() => app.WithDbAsync(async db =>
        {
            var entry = await db.AuditEntries.FirstAsync(e => e.AccountId == account.Id);
            entry.UserName = "Someone else";
            return await db.SaveChangesAsync();
        }));
        var delete = await Record.ExceptionAsync(() => app.WithDbAsync(async db =>
        {
            db.AuditEntries.Remove(await db.AuditEntries.FirstAsync(e => e.AccountId == account.Id));
            return await db.SaveChangesAsync();
        }));

        Assert.IsType<InvalidOperationException>(change);
        Assert.IsType<InvalidOperationException>(delete);
    }
}

[Trait("Database", "Sqlite")]
public sealed class SqliteAuditApiTests(SqliteApp app) : AuditApiTests(app), IClassFixture<SqliteApp>;

[Trait("Database", "Postgres")]
public sealed class PostgresAuditApiTests(PostgresApp app) : AuditApiTests(app), IClassFixture<PostgresApp>;
