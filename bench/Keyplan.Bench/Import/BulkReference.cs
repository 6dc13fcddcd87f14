using System.Diagnostics;
using Npgsql;

namespace Keyplan.Bench.Import;

/// <summary>
/// The physical reference: the same file loaded by the database's own bulk tool into a table of the file's columns
/// with the same unique key the revenue table has (customer, year, product group), without any checks or lookups.
/// </summary>
internal static class BulkReference
{
    private static string Columns(string amountType) =>
        $"account_number text NOT NULL, year integer NOT NULL, product_group text NOT NULL, revenue {amountType} NOT NULL, contribution_margin {amountType} NOT NULL";
    private const string UniqueKey = "CREATE UNIQUE INDEX revenue_bulk_key ON revenue_bulk (account_number, year, product_group);";

    /// <summary>`sqlite3 .import` into a fresh database file; the seconds the sqlite3 process took.</summary>
    public static async Task<double> SqliteAsync(string sqlite3, string databaseFile, string csvFile)
    {
        await RunSqlite3Async(sqlite3, databaseFile,
            $"CREATE TABLE revenue_bulk ({Columns("REAL")});\n{UniqueKey}\n");
        var stopwatch = Stopwatch.StartNew();
        // .import runs in one transaction, as Keyplan's commit does.
        await RunSqlite3Async(sqlite3, databaseFile, $".import --csv --skip 1 '{csvFile}' revenue_bulk\n");
        var seconds = stopwatch.Elapsed.TotalSeconds;
        var count = await RunSqlite3Async(sqlite3, databaseFile, "SELECT count(*) FROM revenue_bulk;\n");
        Console.WriteLine($"  sqlite3 .import loaded {count.Trim()} rows in {seconds:N2} s");
        return seconds;
    }

    /// <summary>`COPY revenue_bulk FROM STDIN (FORMAT csv)` with the file's bytes streamed, as psql's \copy sends them.</summary>
    public static async Task<double> PostgresAsync(string connectionString, string csvFile)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using (var create = new NpgsqlCommand(
                         $"CREATE TABLE revenue_bulk ({Columns("numeric(18,2)")}); {UniqueKey}", connection))
        {
            await create.ExecuteNonQueryAsync();
        }

        var stopwatch = Stopwatch.StartNew();
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            await using (var copy = await connection.BeginTextImportAsync("COPY revenue_bulk FROM STDIN (FORMAT csv, HEADER true)"))
            using (var file = new StreamReader(csvFile))
            {
                var buffer = new char[1 << 16];
                int read;
                while ((read = await file.ReadAsync(buffer)) > 0)
                {
                    await copy.WriteAsync(buffer.AsMemory(0, read));
                }
            }

            await transaction.CommitAsync();
        }

        var seconds = stopwatch.Elapsed.TotalSeconds;
        await using var count = new NpgsqlCommand("SELECT count(*) FROM revenue_bulk", connection);
        Console.WriteLine($"  COPY loaded {await count.ExecuteScalarAsync()} rows in {seconds:N2} s");
        return seconds;
    }

    private static async Task<string> RunSqlite3Async(string sqlite3, string databaseFile, string script)
    {
        var start = new ProcessStartInfo(sqlite3, ["-bail", databaseFile])
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{sqlite3} did not start.");
        await process.StandardInput.WriteAsync(script);
        process.StandardInput.Close();
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return process.ExitCode == 0 && error.Length == 0
            ? output
            : throw new InvalidOperationException($"sqlite3 failed ({process.ExitCode}): {error}");
    }
}
