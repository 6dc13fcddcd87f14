using System.Diagnostics;
using System.Globalization;
using Keyplan.Core.Data;
using Keyplan.Core.Identity;
using Keyplan.Core.Import;
using Microsoft.EntityFrameworkCore;

namespace Keyplan.Bench.Import;

/// <summary>
/// What one import through Keyplan cost: the preview (check pass) and the commit (checking again and writing, in one
/// pass for revenue), and the process's memory.
/// </summary>
internal sealed record ImportMeasurement(
    long Rows, double PreviewSeconds, double CommitSeconds, long PeakWorkingSetBytes, long AllocatedBytes, int Gen0, int Gen1, int Gen2)
{
    public double TotalSeconds => PreviewSeconds + CommitSeconds;

    public string ToLine() => string.Join(' ', "RESULT", Rows, Format(PreviewSeconds), Format(CommitSeconds), PeakWorkingSetBytes, AllocatedBytes, Gen0, Gen1, Gen2);

    public static ImportMeasurement? FromLine(string line)
    {
        var parts = line.Split(' ');
        return parts.Length == 9 && parts[0] == "RESULT"
            ? new ImportMeasurement(long.Parse(parts[1], CultureInfo.InvariantCulture), double.Parse(parts[2], CultureInfo.InvariantCulture),
                double.Parse(parts[3], CultureInfo.InvariantCulture),
                long.Parse(parts[4], CultureInfo.InvariantCulture), long.Parse(parts[5], CultureInfo.InvariantCulture),
                int.Parse(parts[6], CultureInfo.InvariantCulture), int.Parse(parts[7], CultureInfo.InvariantCulture), int.Parse(parts[8], CultureInfo.InvariantCulture))
            : null;
    }

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}

/// <summary>
/// The measured part, run in a process of its own so its peak working set is the import's and not the seeding's:
/// the same preview and commit handlers the import page, the API and the CLI call.
/// </summary>
internal static class ImportRun
{
    public static async Task<int> RunAsync(DatabaseProvider provider, string connectionString, string file)
    {
        var options = new DbContextOptionsBuilder<KeyplanDbContext>();
        DatabaseSetup.Configure(options, provider, connectionString);
        await using var db = new KeyplanDbContext(options.Options);
        // Model building and the first connection are the application's start-up, not the import.
        _ = await db.Accounts.CountAsync();

        // The CLI's user: may import, and nobody is recorded as the batch's creator.
        var user = new CurrentUser(string.Empty, "Benchmark", new HashSet<string> { Roles.Administrator }, null);
        var stopwatch = Stopwatch.StartNew();
        var preview = await new PreviewImportHandler(db, TimeProvider.System)
            .HandleAsync(new PreviewImportRequest(file, Path.GetFileName(file), ImportKind.Revenue), user, CancellationToken.None);
        var previewSeconds = stopwatch.Elapsed.TotalSeconds;
        if (!preview.Succeeded || preview.Value!.Counts.WithProblems > 0)
        {
            await Console.Error.WriteLineAsync($"The preview refused the file: {preview.Failure}, {preview.Value?.Counts.WithProblems} rows with problems.");
            return 2;
        }

        stopwatch.Restart();
        var commit = await new CommitImportHandler(db, TimeProvider.System)
            .HandleAsync(preview.Value.Id, new CommitImportRequest(), user, CancellationToken.None);
        var commitSeconds = stopwatch.Elapsed.TotalSeconds;
        if (!commit.Succeeded)
        {
            await Console.Error.WriteLineAsync($"The commit failed: {commit.Failure}");
            return 2;
        }

        using var process = Process.GetCurrentProcess();
        process.Refresh();
        Console.WriteLine(new ImportMeasurement(commit.Value!.Counts.Rows, previewSeconds, commitSeconds, process.PeakWorkingSet64,
            GC.GetTotalAllocatedBytes(), GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)).ToLine());
        return 0;
    }
}
