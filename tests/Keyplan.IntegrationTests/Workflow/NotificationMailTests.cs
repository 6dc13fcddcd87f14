using System.Text;
using Keyplan.Core.Accounts;
using Keyplan.Core.Data;
using Keyplan.Core.Demo;
using Keyplan.Core.Plans;
using Keyplan.IntegrationTests.Accounts;
using Keyplan.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace Keyplan.IntegrationTests.Workflow;

/// <summary>The app with SMTP configured to a fake server on 127.0.0.1.</summary>
public sealed class SmtpApp() : KeyplanApp(DatabaseProvider.Sqlite)
{
    public FakeSmtpServer Smtp { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Keyplan:Smtp:Host", "127.0.0.1");
        builder.UseSetting("Keyplan:Smtp:Port", Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Keyplan:Smtp:From", "keyplan@demo.keyplan");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Smtp.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }
}

/// <summary>With SMTP configured, a notification is mailed too: to the right person, with the sentence as subject.</summary>
[Trait("Database", "Sqlite")]
public sealed class NotificationMailTests(SmtpApp app) : IClassFixture<SmtpApp>
{
    [Fact]
    public async Task Submit_MailsTheBusinessAreaManager_WithTheSentenceAsSubject()
    {
        var businessAreaId = await app.BusinessAreaOfAsync(DemoUsers.Bam);
        var kamId = await app.UserIdAsync(DemoUsers.Kam);
        using var bam = await app.ClientForAsync(DemoUsers.Bam);
        var account = await (await bam.PostJsonAsync("/api/accounts", new AccountBuilder().InBusinessArea(businessAreaId).WithKeyAccountManager(kamId)
            .With(a => a.Name = "Mailtest Industries").Build())).ReadAsync<AccountDetails>();
        using var kam = await app.ClientForAsync(DemoUsers.Kam);
        var plan = await (await kam.PostJsonAsync("/api/plans", new CreatePlanRequest { AccountId = account.Id })).ReadAsync<PlanDetails>();

        var response = await kam.PostAsync($"/api/plans/{plan.Id}/submit", new StringContent("{}", Encoding.UTF8, "application/json"));

        response.EnsureSuccessStatusCode();
        var mail = Assert.Single(app.Smtp.Received, m => m.Data.Contains("Mailtest Industries", StringComparison.Ordinal));
        Assert.Equal([DemoUsers.Bam], mail.Recipients);
        var kamName = DemoUsers.All.Single(u => u.Email == DemoUsers.Kam).DisplayName;
        // Demo users have no language of their own, so the mail is in English.
        Assert.Equal($"{kamName} submitted the plan for Mailtest Industries", mail.Subject);
        Assert.DoesNotContain(app.Smtp.Received, m => m.Recipients.Contains(DemoUsers.Kam));
    }
}
