using System.Globalization;
using System.Text;
using Keyplan.Core.Identity;
using Keyplan.Core.Import;
using Microsoft.Extensions.DependencyInjection;

namespace Keyplan.UnitTests.Import;

/// <summary>A preview tells how far its pass over a large file has come, for the wizard's progress bar.</summary>
public sealed class ImportProgressTests : IAsyncLifetime
{
    // No user id: the batch records nobody, as from the CLI.
    private static readonly CurrentUser Admin = new(string.Empty, "Admin", new HashSet<string> { Roles.Administrator }, null);
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"progress-{Guid.NewGuid():N}.csv");
    private InMemoryKeyplan _keyplan = default!;

    public async Task InitializeAsync()
    {
        _keyplan = await InMemoryKeyplan.CreateAsync();
        var lines = Enumerable.Range(1, 1200).Select(i => string.Create(CultureInfo.InvariantCulture, $"PRG-{i},Progress {i} GmbH"));
        await File.WriteAllTextAsync(_file, "Record ID,Account name\r\n" + string.Join("\r\n", lines) + "\r\n", Encoding.UTF8);
    }

    public async Task DisposeAsync()
    {
        File.Delete(_file);
        await _keyplan.DisposeAsync();
    }

    [Fact]
    public async Task Preview_ReportsRowsRead_AndTheShareOfTheFile_UpToTheWholeFile()
    {
        var reports = new Reports();
        await using var scope = _keyplan.CreateScope();

        var result = await scope.ServiceProvider.GetRequiredService<PreviewImportHandler>()
            .HandleAsync(new PreviewImportRequest(_file, "progress.csv", ImportKind.Accounts), Admin, reports, CancellationToken.None);

        Assert.Equal(1200, result.Value!.Counts.Rows);
        Assert.All(reports.Items, r => Assert.Equal(ImportStage.Checking, r.Stage));
        Assert.Equal(new ImportProgress(ImportStage.Checking, 0, 0), reports.Items[0]);
        Assert.Equal(new ImportProgress(ImportStage.Checking, 1200, 1), reports.Items[^1]);
        Assert.Equal([0L, 500L, 1000L, 1200L], reports.Items.Select(r => r.Rows));
        Assert.True(reports.Items.Zip(reports.Items.Skip(1)).All(pair => pair.First.Fraction <= pair.Second.Fraction));
    }

    /// <summary>Collects reports as they come, on the caller's thread (Progress&lt;T&gt; would post them later).</summary>
    private sealed class Reports : IProgress<ImportProgress>
    {
        public List<ImportProgress> Items { get; } = [];

        public void Report(ImportProgress value) => Items.Add(value);
    }
}
