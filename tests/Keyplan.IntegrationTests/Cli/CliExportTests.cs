using Keyplan.Cli;
using Keyplan.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using KeyplanCli = Keyplan.Cli.Cli;

namespace Keyplan.IntegrationTests.Cli;

/// <summary>`keyplan export plan` end to end on a SQLite file of its own with the demo data.</summary>
public sealed class CliExportTests : IDisposable
{
    private const string BritishAccount = "Ashworth & Moore Engineering Ltd";
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("keyplan-cli-export-");
    private readonly IConfiguration _configuration;

    public CliExportTests()
    {
        var connectionString = $"Data Source={Path.Combine(_directory.FullName, "keyplan.db")};Pooling=False";
        _configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Keyplan"] = connectionString })
            .Build();
    }

    public void Dispose() => _directory.Delete(recursive: true);

    [Theory]
    [InlineData("xlsx", null, "PK")]
    [InlineData("docx", "customer", "PK")]
    [InlineData("pdf", "customer", "%PDF")]
    [InlineData("pptx", null, "PK")]
    public async Task ExportPlan_WritesTheFile(string format, string? audience, string magic)
    {
        await RunAsync("seed-demo");
        var id = await PlanIdAsync();
        var file = Path.Combine(_directory.FullName, "plan." + format);
        string[] args = ["export", "plan", id.ToString(System.Globalization.CultureInfo.InvariantCulture), "--format", format, "--out", file];

        var run = await RunAsync(audience is null ? args : [.. args, "--audience", audience]);

        Assert.True(run.ExitCode == ExitCodes.Success, run.Error);
        var bytes = await File.ReadAllBytesAsync(file);
        Assert.StartsWith(magic, System.Text.Encoding.ASCII.GetString(bytes, 0, magic.Length), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ppt", null, "format:")]
    [InlineData("pptx", "customer", "audience:")]
    [InlineData("pdf", "board", "audience:")]
    [InlineData("xlsx", "customer", "audience:")]
    public async Task ExportPlan_WithABadValue_ExitsWithInvalidInputNamingIt(string format, string? audience, string field)
    {
        await RunAsync("seed-demo");
        var id = await PlanIdAsync();
        string[] args = ["export", "plan", id.ToString(System.Globalization.CultureInfo.InvariantCulture), "--format", format, "--out", Path.Combine(_directory.FullName, "x")];

        var run = await RunAsync(audience is null ? args : [.. args, "--audience", audience]);

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Contains(field, run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_directory.FullName, "x")));
    }

    [Fact]
    public async Task ExportPlan_OfAnUnknownPlan_ExitsWithInvalidInput()
    {
        await RunAsync("seed-demo");

        var run = await RunAsync("export", "plan", "999999", "--format", "docx", "--out", Path.Combine(_directory.FullName, "x.docx"));

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Contains("id:", run.Error, StringComparison.Ordinal);
    }

    private async Task<int> PlanIdAsync()
    {
        await using var services = CliHost.BuildServices(_configuration);
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<KeyplanDbContext>().Plans
            .Where(p => p.Account!.Name == BritishAccount).Select(p => p.Id).SingleAsync();
    }

    private sealed record CliRun(int ExitCode, string Output, string Error);

    private async Task<CliRun> RunAsync(params string[] args)
    {
        using var reader = new StringReader(string.Empty);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await KeyplanCli.RunAsync(args, _configuration, reader, output, error);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }
}
