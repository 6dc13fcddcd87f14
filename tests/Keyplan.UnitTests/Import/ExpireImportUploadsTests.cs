using Keyplan.Core.Data;
using Keyplan.Core.Import;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Keyplan.UnitTests.Import;

/// <summary>The clean-up of abandoned uploads, with time standing still at <see cref="InMemoryKeyplan.Now"/>.</summary>
public sealed class ExpireImportUploadsTests : IAsyncLifetime, IDisposable
{
    private static readonly TimeSpan Retention = TimeSpan.FromHours(24);
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("keyplan-imports-");
    private InMemoryKeyplan _keyplan = default!;

    public async Task InitializeAsync() => _keyplan = await InMemoryKeyplan.CreateAsync();

    public async Task DisposeAsync() => await _keyplan.DisposeAsync();

    public void Dispose() => _directory.Delete(recursive: true);

    [Fact]
    public async Task OldPreviewsAndUnclaimedFiles_AreRemoved_CommittedAndRecentOnesStay()
    {
        var oldPreview = await BatchAsync(ImportBatchStatus.Previewed, hoursAgo: 25);
        var recentPreview = await BatchAsync(ImportBatchStatus.Previewed, hoursAgo: 23);
        var oldCommitted = await BatchAsync(ImportBatchStatus.Committed, hoursAgo: 100);
        var oldFailed = await BatchAsync(ImportBatchStatus.Failed, hoursAgo: 30);
        var oldUnclaimed = File(hoursAgo: 48);
        var recentUnclaimed = File(hoursAgo: 1);

        var expired = await ExpireAsync();

        Assert.Equal(new ExpiredImports(1, 3), expired);
        var left = await _keyplan.WithAsync<KeyplanDbContext, List<int>>(db => db.ImportBatches.Select(b => b.Id).OrderBy(id => id).ToListAsync());
        Assert.Equal([recentPreview.Id, oldCommitted.Id, oldFailed.Id], left);
        Assert.False(System.IO.File.Exists(oldPreview.FilePath));
        Assert.False(System.IO.File.Exists(oldFailed.FilePath));
        Assert.False(System.IO.File.Exists(oldUnclaimed));
        Assert.True(System.IO.File.Exists(recentPreview.FilePath));
        Assert.True(System.IO.File.Exists(oldCommitted.FilePath));
        Assert.True(System.IO.File.Exists(recentUnclaimed));
    }

    [Fact]
    public async Task AFileStays_WhileANewerPreviewOfTheSameUploadNeedsIt()
    {
        var old = await BatchAsync(ImportBatchStatus.Previewed, hoursAgo: 30);
        var again = await BatchAsync(ImportBatchStatus.Previewed, hoursAgo: 2, filePath: old.FilePath);

        var expired = await ExpireAsync();

        Assert.Equal(new ExpiredImports(1, 0), expired);
        Assert.True(System.IO.File.Exists(again.FilePath));
    }

    [Fact]
    public async Task ASecondRun_FindsNothingLeftToRemove()
    {
        await BatchAsync(ImportBatchStatus.Previewed, hoursAgo: 30);
        await ExpireAsync();

        Assert.Equal(new ExpiredImports(0, 0), await ExpireAsync());
    }

    private async Task<ExpiredImports> ExpireAsync()
    {
        await using var scope = _keyplan.CreateScope();
        var handler = new ExpireImportUploadsHandler(
            scope.ServiceProvider.GetRequiredService<KeyplanDbContext>(), new ImportFileStore(_directory.FullName),
            scope.ServiceProvider.GetRequiredService<TimeProvider>());
        return await handler.HandleAsync(Retention, CancellationToken.None);
    }

    private async Task<ImportBatch> BatchAsync(ImportBatchStatus status, int hoursAgo, string? filePath = null)
    {
        var batch = new ImportBatch
        {
            Kind = ImportKind.Accounts,
            FilePath = filePath ?? File(hoursAgo),
            MappingJson = "{}",
            SummaryJson = "{}",
            CreatedAt = InMemoryKeyplan.Now.AddHours(-hoursAgo),
            Status = status,
        };
        await using var scope = _keyplan.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<KeyplanDbContext>();
        db.ImportBatches.Add(batch);
        await db.SaveChangesAsync();
        return batch;
    }

    /// <summary>An upload written <paramref name="hoursAgo"/> hours before the (fixed) clock's now.</summary>
    private string File(int hoursAgo)
    {
        var path = Path.Combine(_directory.FullName, Guid.NewGuid().ToString("N") + ".upload");
        System.IO.File.WriteAllText(path, "Record ID,Account name\r\n");
        System.IO.File.SetLastWriteTimeUtc(path, InMemoryKeyplan.Now.AddHours(-hoursAgo).UtcDateTime);
        return path;
    }
}
