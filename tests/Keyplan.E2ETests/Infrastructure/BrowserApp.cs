using System.Net;
using Keyplan.Core.Accounts;
using Keyplan.Core.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Keyplan.E2ETests.Infrastructure;

/// <summary>
/// The real app on Kestrel at 127.0.0.1 with a fresh demo database, and one headless Chromium (Debian's, no
/// download) for all tests of a class. Each test opens its own browser context, so cookies never leak between tests.
/// </summary>
public sealed class BrowserApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly DirectoryInfo _dataDirectory = Directory.CreateTempSubdirectory("keyplan-e2e-");
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = default!;
    public Uri BaseAddress { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseAddress = new Uri(addresses.First());

        // As long as the actions' timeout: on a busy two-core machine a save and the page it leads to can take far longer
        // than Playwright's 5 s default; a real hang still fails.
        Assertions.SetDefaultExpectTimeout(30_000);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // Outside Development the framework's and Radzen's static files are only found through this manifest.
        builder.UseStaticWebAssets();
        builder.UseSetting("Database:Provider", nameof(DatabaseProvider.Sqlite));
        builder.UseSetting("ConnectionStrings:Keyplan", $"Data Source={Path.Combine(_dataDirectory.FullName, "keyplan.db")};Pooling=False");
        builder.UseSetting("Keyplan:SeedDemo", "true");
        builder.UseSetting("Keyplan:ImportDirectory", Path.Combine(_dataDirectory.FullName, "imports"));
        builder.UseSetting("Keyplan:ExportDirectory", Path.Combine(_dataDirectory.FullName, "exports"));
    }

    /// <summary>A new, isolated browser session (cookies, storage) in English unless said otherwise.</summary>
    public async Task<IPage> NewPageAsync(string locale = "en-GB")
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            Locale = locale,
            ViewportSize = new ViewportSize { Width = 1400, Height = 900 },
        });
        context.SetDefaultTimeout(30_000);
        return await context.NewPageAsync();
    }

    public async Task<T> DbAsync<T>(Func<KeyplanDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<KeyplanDbContext>());
    }

    /// <summary>The n-th account (by name) the user is KAM of; tests that change data each take their own.</summary>
    public Task<Account> AccountOwnedByAsync(string email, int index = 0) =>
        DbAsync(db => db.Accounts.Where(a => a.KeyAccountManager!.Email == email).OrderBy(a => a.Name).Skip(index).FirstAsync());

    public async Task<IPage> SignedInPageAsync(string email)
    {
        var page = await NewPageAsync();
        await page.GotoAsync("account/login");
        await new Pages.LoginPage(page).SignInAndWaitAsync(email);
        return page;
    }

    /// <summary>An account of another business area that the user neither owns nor is on the team of.</summary>
    public Task<Account> AccountHiddenFromAsync(string email) =>
        DbAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.Email == email);
            return await db.Accounts
                .Where(a => a.BusinessAreaId != user.BusinessAreaId && a.KeyAccountManagerId != user.Id && a.Team.All(t => t.UserId != user.Id))
                .OrderBy(a => a.Id).FirstAsync();
        });

    /// <summary>An account of the user's that has no plan yet, so a test can plan it from scratch.</summary>
    public Task<Account> AccountWithoutPlanAsync(string kamEmail, int index = 0) =>
        DbAsync(db => db.Accounts
            .Where(a => a.KeyAccountManager!.Email == kamEmail && !db.Plans.Any(p => p.AccountId == a.Id))
            .OrderBy(a => a.Name).Skip(index).FirstAsync());

    /// <summary>Creates a full plan for the current fiscal year, as its KAM would, and returns its id.</summary>
    public async Task<int> CreatePlanAsync(int accountId)
    {
        await using var scope = Services.CreateAsyncScope();
        var admin = new Keyplan.Core.Identity.CurrentUser("e2e-admin", "Admin", new HashSet<string> { Keyplan.Core.Identity.Roles.Administrator }, null);
        var result = await scope.ServiceProvider.GetRequiredService<Keyplan.Core.Plans.CreatePlanHandler>()
            .HandleAsync(new Keyplan.Core.Plans.CreatePlanRequest { AccountId = accountId }, admin, CancellationToken.None);
        return result.Value?.Id ?? throw new InvalidOperationException($"No plan created: {result.Failure}");
    }

    /// <summary>
    /// The stored section once it contains <paramref name="text"/>, waiting up to 30 s. A form may save twice in quick
    /// succession (on leaving a field, then after the next change), and the browser can show "Saved" for the first save
    /// a moment before the second starts; the second one is what the test checks.
    /// </summary>
    public async Task<string> SectionOnceItContainsAsync(int planId, string key, string text)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        string content;
        do
        {
            content = await DbAsync(db => db.PlanSections.Where(s => s.PlanId == planId && s.Key == key).Select(s => s.Content).SingleAsync());
            if (content.Contains(text, StringComparison.Ordinal))
            {
                break;
            }

            await Task.Delay(200);
        }
        while (DateTime.UtcNow < deadline);

        return content;
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        await DisposeAsync();
        _dataDirectory.Delete(recursive: true);
    }
}
