using Keyplan.Cli;
using Keyplan.Core.Data;
using Keyplan.Core.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using KeyplanCli = Keyplan.Cli.Cli;

namespace Keyplan.IntegrationTests.Cli;

/// <summary>`keyplan import` end to end on a SQLite file of its own, with the sample exports of ../shared/data.</summary>
public sealed class CliImportTests : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("keyplan-cli-import-");
    private readonly IConfiguration _configuration;

    public CliImportTests()
    {
        var connectionString = $"Data Source={Path.Combine(_directory.FullName, "keyplan.db")};Pooling=False";
        _configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Keyplan"] = connectionString })
            .Build();
    }

    public void Dispose() => _directory.Delete(recursive: true);

    private static string Sample(string name) => Path.Combine(AppContext.BaseDirectory, "Import", "Samples", name);

    [Fact]
    public async Task Import_DryRunWritesNothing_ThenARealRunImportsTheAccounts()
    {
        await RunAsync("seed-demo");

        var dryRun = await RunAsync("import", "accounts", Sample("salesforce-accounts.csv"), "--dry-run");
        var dryRunCount = await SalesforceAccountsAsync();
        var run = await RunAsync("import", "accounts", Sample("salesforce-accounts.csv"), "--user", DemoUsers.Bam);

        Assert.Equal(ExitCodes.Success, dryRun.ExitCode);
        Assert.Contains("Accounts from Salesforce: 40 rows", dryRun.Output, StringComparison.Ordinal);
        Assert.Contains("Dry run: nothing imported.", dryRun.Output, StringComparison.Ordinal);
        Assert.Equal(0, dryRunCount);
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("Imported: ", run.Output, StringComparison.Ordinal);
        Assert.Equal(40, await SalesforceAccountsAsync());
    }

    [Fact]
    public async Task Import_FileWithProblems_PrintsEachProblemAndExitsWithInvalidInput()
    {
        await RunAsync("seed-demo");
        var file = Path.Combine(_directory.FullName, "umsatz.csv");
        await File.WriteAllTextAsync(file, "Kundennummer;Geschäftsjahr;Warengruppe;Umsatz EUR\r\nK-10001;2024;Sensors;1.000,00\r\nK-10001;2025;Sensors;fünf\r\n");
        var revenueBefore = await WithDbAsync(db => db.RevenueRecords.CountAsync());

        var run = await RunAsync("import", "revenue", file);

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Contains("row 3, column Umsatz EUR: \"fünf\" is not a number.", run.Output, StringComparison.Ordinal);
        Assert.Equal(revenueBefore, await WithDbAsync(db => db.RevenueRecords.CountAsync()));
    }

    private Task<int> SalesforceAccountsAsync() => WithDbAsync(db => db.Accounts.CountAsync(a => a.SourceSystem == "Salesforce"));

    private sealed record CliRun(int ExitCode, string Output, string Error);

    private async Task<CliRun> RunAsync(params string[] args)
    {
        using var reader = new StringReader(string.Empty);
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
