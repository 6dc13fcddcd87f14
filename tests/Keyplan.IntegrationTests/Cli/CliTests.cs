using Keyplan.Cli;
using Keyplan.Core.Data;
using Keyplan.Core.Demo;
using Keyplan.Core.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using KeyplanCli = Keyplan.Cli.Cli;

namespace Keyplan.IntegrationTests.Cli;

/// <summary>The `keyplan` command end to end, against a SQLite file of its own per test.</summary>
public sealed class CliTests : IDisposable
{
    private const string Password = "Correct-Horse-9";
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("keyplan-cli-");
    private readonly IConfiguration _configuration;

    public CliTests()
    {
        // Without pooling SQLite closes the file with each connection, so the directory can be deleted afterwards.
        var connectionString = $"Data Source={Path.Combine(_directory.FullName, "keyplan.db")};Pooling=False";
        _configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Keyplan"] = connectionString })
            .Build();
    }

    public void Dispose() => _directory.Delete(recursive: true);

    [Fact]
    public async Task Migrate_OnEmptyDatabase_AppliesMigrationsThenReportsUpToDate()
    {
        var first = await RunAsync("migrate");
        var second = await RunAsync("migrate");

        Assert.Equal(ExitCodes.Success, first.ExitCode);
        Assert.StartsWith("Applied ", first.Output, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, second.ExitCode);
        Assert.Equal("Database is up to date.", second.Output.Trim());
    }

    [Fact]
    public async Task SeedDemo_OnEmptyDatabase_SeedsAndSecondRunReturnsNothingDone()
    {
        var first = await RunAsync("seed-demo");
        var second = await RunAsync("seed-demo");

        Assert.Equal(ExitCodes.Success, first.ExitCode);
        Assert.Contains("Demo data seeded.", first.Output, StringComparison.Ordinal);
        Assert.Contains(DemoUsers.Kam, first.Output, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.NothingDone, second.ExitCode);
        Assert.Equal("The database is not empty; nothing seeded.", second.Output.Trim());
        Assert.Equal(60, await WithDbAsync(db => db.Accounts.CountAsync()));
    }

    [Fact]
    public async Task UserCreate_PasswordFromStdin_CreatesUserWhoCanSignIn()
    {
        await RunAsync("migrate");

        var run = await RunWithInputAsync(Password + "\n",
            "user", "create", "--email", "anna@example.com", "--name", "Anna Berger", "--role", "administrator", "--password-stdin");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        await using var services = CliHost.BuildServices(_configuration);
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
        var user = await users.FindByEmailAsync("anna@example.com");
        Assert.NotNull(user);
        Assert.Equal(run.Output.Trim(), user.Id);
        Assert.Equal([Roles.Administrator], await users.GetRolesAsync(user));
        Assert.True(await users.CheckPasswordAsync(user, Password));
    }

    [Fact]
    public async Task UserCreate_UnknownRole_ExitsWithInvalidInputAndNamesTheField()
    {
        await RunAsync("migrate");

        var run = await RunWithInputAsync(Password + "\n", "user", "create", "--email", "anna@example.com", "--name", "Anna", "--role", "Boss");

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.StartsWith("role: ", run.Error, StringComparison.Ordinal);
        Assert.Equal("", run.Output);
    }

    [Fact]
    public async Task UserCreate_BeforeMigrate_ExitsWithErrorAndSaysWhatToDo()
    {
        var run = await RunWithInputAsync(Password + "\n", "user", "create", "--email", "anna@example.com", "--name", "Anna", "--role", "TeamMember");

        Assert.Equal(ExitCodes.Error, run.ExitCode);
        Assert.Contains("keyplan migrate", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TokenCreate_ForExistingUser_PrintsOnlyTheSecretWhoseHashIsStored()
    {
        await RunAsync("seed-demo");

        var run = await RunAsync("token", "create", "--email", DemoUsers.Kam, "--name", "CRM sync", "--expires-days", "30");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var secret = Assert.Single(run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries)).Trim();
        Assert.StartsWith(PersonalAccessToken.SecretPrefix, secret, StringComparison.Ordinal);
        Assert.Contains("not be shown again", run.Error, StringComparison.Ordinal);
        var hash = PersonalAccessTokenService.Hash(secret);
        var token = await WithDbAsync(db => db.PersonalAccessTokens.Include(t => t.User).SingleAsync(t => t.TokenHash == hash));
        Assert.Equal(DemoUsers.Kam, token.User!.Email);
        Assert.Equal("CRM sync", token.Name);
        Assert.NotNull(token.ExpiresAt);
    }

    [Fact]
    public async Task TokenCreate_UnknownUser_ExitsWithInvalidInput()
    {
        await RunAsync("migrate");

        var run = await RunAsync("token", "create", "--email", "nobody@example.com", "--name", "CI");

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.StartsWith("email: ", run.Error, StringComparison.Ordinal);
        Assert.Equal("", run.Output);
    }

    [Fact]
    public async Task Help_ExitsWithSuccessAndListsTheCommands()
    {
        var run = await RunAsync("--help");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("migrate", run.Output, StringComparison.Ordinal);
        Assert.Contains("seed-demo", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownCommand_ExitsWithInvalidInput()
    {
        var run = await RunAsync("frobnicate");

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.NotEqual("", run.Error);
    }

    [Fact]
    public async Task ExportBudget_WritesTheApprovedPlansTargetsInTheLanguageAskedFor()
    {
        await RunAsync("seed-demo");
        var year = await WithDbAsync(async db =>
        {
            // The demo's German full plan has revenue targets; approving it puts them in the budget.
            var plan = await db.Plans.Where(p => p.Language == "de"
                && p.Sections.Any(s => s.Key == "budget" && s.Content.Contains("productGroupId"))).FirstAsync();
            plan.Status = Keyplan.Core.Plans.PlanStatus.Approved;
            await db.SaveChangesAsync();
            return plan.FiscalYear!.Value;
        });
        var approved = await WithDbAsync(db => db.Plans.CountAsync(p => p.FiscalYear == year
            && (p.Status == Keyplan.Core.Plans.PlanStatus.Approved || db.PlanVersions.Any(v => v.PlanId == p.Id))));
        var file = Path.Combine(_directory.FullName, "budget.csv");

        var run = await RunAsync("export", "budget", "--year", year.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--format", "csv", "--language", "de", "--out", file);
        var badLanguage = await RunAsync("export", "budget", "--language", "fr", "--out", file + ".x");
        var kam = await RunAsync("export", "budget", "--user", DemoUsers.Kam, "--out", file + ".y");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains($"{approved} approved plans", run.Output, StringComparison.Ordinal);
        var text = await File.ReadAllTextAsync(file);
        Assert.StartsWith("Geschäftsbereich;Produktgruppe;", text, StringComparison.Ordinal);
        Assert.Contains("Gesamt;", text, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.InvalidInput, badLanguage.ExitCode);
        Assert.StartsWith("language:", badLanguage.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.InvalidInput, kam.ExitCode);
        Assert.False(File.Exists(file + ".y"));
    }

    private sealed record CliRun(int ExitCode, string Output, string Error);

    private Task<CliRun> RunAsync(params string[] args) => RunWithInputAsync("", args);

    private async Task<CliRun> RunWithInputAsync(string input, params string[] args)
    {
        using var reader = new StringReader(input);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await KeyplanCli.RunAsync(args, _configuration, reader, output, error);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }

    private async Task<T> WithDbAsync<T>(Func<KeyplanDbContext, Task<T>> query)
    {
        await using var services = CliHost.BuildServices(_configuration);
        await using var scope = services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<KeyplanDbContext>());
    }
}
