using System.Diagnostics;
using System.Globalization;
using Keyplan.Core.Data;
using Keyplan.Core.Organisation;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Keyplan.Bench.Import;

/// <summary>
/// Issue #4's import benchmark: a generated revenue file (1,000,000 rows by default) imported through Keyplan's preview
/// and commit into SQLite and PostgreSQL, beside the same file loaded by the database's own bulk tool. Target: at least
/// a third of the bulk tool's rows per second, with the importing process's peak working set under 300 MB.
/// </summary>
internal static class ImportBenchmark
{
    private const double TargetRatio = 1.0 / 3;
    private const double MemoryBudgetMegabytes = 300;

    private sealed record Outcome(string Provider, ImportMeasurement Keyplan, BulkSeconds Bulk)
    {
        public double KeyplanRowsPerSecond => Keyplan.Rows / Keyplan.TotalSeconds;
        public double BareRowsPerSecond => Keyplan.Rows / Bulk.BareSeconds;
        public double LikeForLikeRowsPerSecond => Keyplan.Rows / Bulk.LikeForLikeSeconds;
        public double BareRatio => KeyplanRowsPerSecond / BareRowsPerSecond;
        public double LikeForLikeRatio => KeyplanRowsPerSecond / LikeForLikeRowsPerSecond;
        public double PeakMegabytes => Keyplan.PeakWorkingSetBytes / 1024.0 / 1024.0;
        public bool Passed => LikeForLikeRatio >= TargetRatio && PeakMegabytes < MemoryBudgetMegabytes;
    }

    /// <summary>
    /// import [--rows N] [--providers sqlite,postgres] [--postgres CONNECTION] [--sqlite3 PATH]; PostgreSQL is taken from
    /// --postgres or KEYPLAN_TEST_POSTGRES (a server where a database may be created).
    /// </summary>
    public static async Task<int> RunAsync(string[] args)
    {
        var rows = long.Parse(Option(args, "--rows") ?? "1000000", CultureInfo.InvariantCulture);
        var providers = (Option(args, "--providers") ?? "sqlite,postgres").Split(',', StringSplitOptions.RemoveEmptyEntries);
        var postgres = Option(args, "--postgres") ?? Environment.GetEnvironmentVariable("KEYPLAN_TEST_POSTGRES");
        var sqlite3 = Option(args, "--sqlite3") ?? "sqlite3";

        var directory = Directory.CreateTempSubdirectory("keyplan-import-bench-");
        try
        {
            var file = Path.Combine(directory.FullName, "revenue.csv");
            var stopwatch = Stopwatch.StartNew();
            RevenueFile.Write(file, rows);
            Console.WriteLine($"Generated {rows:N0} revenue rows for {RevenueFile.AccountsFor(rows):N0} accounts " +
                              $"({new FileInfo(file).Length / 1024.0 / 1024.0:N1} MB) in {stopwatch.Elapsed.TotalSeconds:N1} s.");

            var outcomes = new List<Outcome>();
            foreach (var provider in providers)
            {
                outcomes.Add(provider switch
                {
                    "sqlite" => await SqliteAsync(directory.FullName, file, rows, sqlite3),
                    "postgres" => await PostgresAsync(postgres ?? throw new InvalidOperationException(
                        "PostgreSQL needs --postgres or KEYPLAN_TEST_POSTGRES (bench/import-benchmark.sh starts a server)."), file, rows),
                    _ => throw new ArgumentException($"Unknown provider {provider}; use sqlite and/or postgres."),
                });
            }

            Print(outcomes);
            return outcomes.All(o => o.Passed) ? 0 : 1;
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static async Task<Outcome> SqliteAsync(string directory, string file, long rows, string sqlite3)
    {
        Console.WriteLine("SQLite:");
        var connectionString = DatabaseSetup.DefaultSqliteConnectionString(directory);
        await SeedAsync(DatabaseProvider.Sqlite, connectionString, rows);
        var keyplan = await MeasureInOwnProcessAsync(DatabaseProvider.Sqlite, connectionString, file, rows);
        var bulk = await BulkReference.SqliteAsync(sqlite3, Path.Combine(directory, "bulk.db"), file, rows);
        return new Outcome("SQLite", keyplan, bulk);
    }

    private static async Task<Outcome> PostgresAsync(string server, string file, long rows)
    {
        Console.WriteLine("PostgreSQL:");
        var admin = new NpgsqlConnectionStringBuilder(server);
        var name = "keyplan_bench_" + Guid.NewGuid().ToString("N")[..12];
        await ExecuteAsync(admin.ConnectionString, $"CREATE DATABASE \"{name}\"");
        try
        {
            var connectionString = new NpgsqlConnectionStringBuilder(admin.ConnectionString) { Database = name }.ConnectionString;
            await SeedAsync(DatabaseProvider.Postgres, connectionString, rows);
            var keyplan = await MeasureInOwnProcessAsync(DatabaseProvider.Postgres, connectionString, file, rows);
            var bulk = await BulkReference.PostgresAsync(connectionString, file, rows);
            return new Outcome("PostgreSQL", keyplan, bulk);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(admin.ConnectionString, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        }
    }

    /// <summary>The schema, the accounts the rows point at and their product groups: what an ERP file meets in practice.</summary>
    private static async Task SeedAsync(DatabaseProvider provider, string connectionString, long rows)
    {
        var stopwatch = Stopwatch.StartNew();
        await using var db = Context(provider, connectionString);
        await db.Database.MigrateAsync();
        var accounts = RevenueFile.AccountsFor(rows);
        await AccountGenerator.GenerateAsync(db, accounts);
        db.ProductGroups.AddRange(RevenueFile.ProductGroups.Select((name, i) => new ProductGroup { Name = name, Code = $"G{i + 1}" }));
        await db.SaveChangesAsync();
        Console.WriteLine($"  seeded {accounts:N0} accounts and {RevenueFile.ProductGroups.Count} product groups in {stopwatch.Elapsed.TotalSeconds:N1} s");
    }

    private static async Task<ImportMeasurement> MeasureInOwnProcessAsync(DatabaseProvider provider, string connectionString, string file, long rows)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet")
        {
            start.ArgumentList.Add(typeof(ImportBenchmark).Assembly.Location);
        }

        foreach (var argument in new[] { "import-run", provider.ToString(), connectionString, file })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("The import process did not start.");
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        var measurement = output.Split('\n').Select(ImportMeasurement.FromLine).LastOrDefault(m => m is not null)
                          ?? throw new InvalidOperationException($"The import failed ({process.ExitCode}): {output}");

        await using var db = Context(provider, connectionString);
        var records = await db.RevenueRecords.LongCountAsync();
        if (records != rows)
        {
            throw new InvalidOperationException($"The import left {records:N0} revenue records, not {rows:N0}.");
        }

        Console.WriteLine($"  Keyplan imported {measurement.Rows:N0} rows: preview {measurement.PreviewSeconds:N2} s + commit {measurement.CommitSeconds:N2} s; " +
                          $"peak working set {measurement.PeakWorkingSetBytes / 1024.0 / 1024.0:N0} MB, allocated {measurement.AllocatedBytes / 1024.0 / 1024.0:N0} MB, " +
                          $"GCs gen0/1/2 {measurement.Gen0}/{measurement.Gen1}/{measurement.Gen2}");
        return measurement;
    }

    private static void Print(List<Outcome> outcomes)
    {
        Console.WriteLine();
        Console.WriteLine("bulk rows/s: the bulk tool into a table with the revenue table's rules (like for like) and into a bare table (unique key only)");
        Console.WriteLine($"{"provider",-11} {"Keyplan rows/s",15} {"like-for-like",14} {"ratio",6} {"bare",10} {"ratio",6} {"peak MB",8}  " +
                          $"result (target: like-for-like ratio >= {TargetRatio:N2}, peak < {MemoryBudgetMegabytes:N0} MB)");
        foreach (var o in outcomes)
        {
            Console.WriteLine($"{o.Provider,-11} {o.KeyplanRowsPerSecond,15:N0} {o.LikeForLikeRowsPerSecond,14:N0} {o.LikeForLikeRatio,6:N2} " +
                              $"{o.BareRowsPerSecond,10:N0} {o.BareRatio,6:N2} {o.PeakMegabytes,8:N0}  {(o.Passed ? "pass" : "FAIL")}");
        }
    }

    private static KeyplanDbContext Context(DatabaseProvider provider, string connectionString)
    {
        var options = new DbContextOptionsBuilder<KeyplanDbContext>();
        DatabaseSetup.Configure(options, provider, connectionString);
        return new KeyplanDbContext(options.Options);
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
