using Keyplan.Core.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace Keyplan.Core.Import.Processing;

/// <summary>A revenue record's key: an account's revenue in one fiscal year and product group.</summary>
internal readonly record struct RevenueKey(int AccountId, int Year, int ProductGroupId);

/// <summary>
/// What one batch of an import does to a revenue record. Its values replace the record's, or, for the later quarters
/// of a year the import has already started, are added to them. Each key occurs once per batch.
/// </summary>
internal readonly record struct RevenueChange(RevenueKey Key, decimal Revenue, decimal Margin, bool AddsToRecord);

/// <summary>
/// Writes revenue records as upserts on their unique key (account, year, product group), without EF's change tracker: a
/// million rows through tracked entities cost far more than the database needs to store them. Runs inside the commit's
/// transaction. A record whose values do not change is not touched, so its version stays; a changed one gets the next
/// version, as <see cref="VersionStamper"/> would give it.
/// </summary>
internal abstract class RevenueWriter : IAsyncDisposable
{
    protected const string Insert =
        """INSERT INTO "RevenueRecords" ("AccountId", "Year", "ProductGroupId", "Revenue", "ContributionMargin", "Version") """;

    public static RevenueWriter For(KeyplanDbContext db) =>
        db.Database.IsNpgsql() ? new PostgresRevenueWriter(db) : new SqliteRevenueWriter(db);

    public abstract Task WriteAsync(IReadOnlyCollection<RevenueChange> changes, CancellationToken cancellationToken);

    public abstract ValueTask DisposeAsync();

    /// <param name="adds">Adds to the record's values instead of replacing them.</param>
    protected static string OnConflict(bool adds) => adds
        ? """
          ON CONFLICT ("AccountId", "Year", "ProductGroupId") DO UPDATE SET
              "Revenue" = "RevenueRecords"."Revenue" + excluded."Revenue",
              "ContributionMargin" = "RevenueRecords"."ContributionMargin" + excluded."ContributionMargin",
              "Version" = "RevenueRecords"."Version" + 1
          WHERE excluded."Revenue" <> 0 OR excluded."ContributionMargin" <> 0
          """
        : """
          ON CONFLICT ("AccountId", "Year", "ProductGroupId") DO UPDATE SET
              "Revenue" = excluded."Revenue",
              "ContributionMargin" = excluded."ContributionMargin",
              "Version" = "RevenueRecords"."Version" + 1
          WHERE "RevenueRecords"."Revenue" <> excluded."Revenue" OR "RevenueRecords"."ContributionMargin" <> excluded."ContributionMargin"
          """;
}

/// <summary>SQLite is fastest with one prepared single-row statement executed over and over inside one transaction.</summary>
internal sealed class SqliteRevenueWriter(KeyplanDbContext db) : RevenueWriter
{
    private SqliteCommand? _replace;
    private SqliteCommand? _add;

    public override Task WriteAsync(IReadOnlyCollection<RevenueChange> changes, CancellationToken cancellationToken)
    {
        foreach (var change in changes)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var command = change.AddsToRecord ? _add ??= Prepare(adds: true) : _replace ??= Prepare(adds: false);
            var parameters = command.Parameters;
            parameters[0].Value = change.Key.AccountId;
            parameters[1].Value = change.Key.Year;
            parameters[2].Value = change.Key.ProductGroupId;
            // SQLite keeps money as REAL (see KeyplanDbContext.ConfigureConventions).
            parameters[3].Value = (double)change.Revenue;
            parameters[4].Value = (double)change.Margin;
            command.ExecuteNonQuery();
        }

        return Task.CompletedTask;
    }

    public override async ValueTask DisposeAsync()
    {
        if (_replace is not null)
        {
            await _replace.DisposeAsync();
        }

        if (_add is not null)
        {
            await _add.DisposeAsync();
        }
    }

    private SqliteCommand Prepare(bool adds)
    {
        var command = ((SqliteConnection)db.Database.GetDbConnection()).CreateCommand();
        command.Transaction = (SqliteTransaction?)db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = Insert + "VALUES ($account, $year, $group, $revenue, $margin, 1) " + OnConflict(adds);
        command.Parameters.Add("$account", SqliteType.Integer);
        command.Parameters.Add("$year", SqliteType.Integer);
        command.Parameters.Add("$group", SqliteType.Integer);
        command.Parameters.Add("$revenue", SqliteType.Real);
        command.Parameters.Add("$margin", SqliteType.Real);
        command.Prepare();
        return command;
    }
}

/// <summary>
/// PostgreSQL takes a batch fastest as binary COPY into a temporary table and one INSERT … SELECT … ON CONFLICT from
/// there into the revenue table. The temporary table lives for one batch (and is dropped with the transaction anyway).
/// </summary>
internal sealed class PostgresRevenueWriter(KeyplanDbContext db) : RevenueWriter
{
    private const string Staging = "keyplan_revenue_import";

    public override async Task WriteAsync(IReadOnlyCollection<RevenueChange> changes, CancellationToken cancellationToken)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await ExecuteAsync(connection,
            $"CREATE TEMPORARY TABLE {Staging} (account_id integer, year integer, product_group_id integer, revenue numeric, margin numeric, adds boolean) ON COMMIT DROP",
            cancellationToken);
        await using (var copy = await connection.BeginBinaryImportAsync(
                         $"COPY {Staging} (account_id, year, product_group_id, revenue, margin, adds) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            foreach (var change in changes)
            {
                // Synchronous per value: the async overloads cost a state machine per value for a buffer that is
                // mostly in memory; a full buffer is sent on this thread, which is the import's own.
                copy.StartRow();
                copy.Write(change.Key.AccountId, NpgsqlDbType.Integer);
                copy.Write(change.Key.Year, NpgsqlDbType.Integer);
                copy.Write(change.Key.ProductGroupId, NpgsqlDbType.Integer);
                copy.Write(change.Revenue, NpgsqlDbType.Numeric);
                copy.Write(change.Margin, NpgsqlDbType.Numeric);
                copy.Write(change.AddsToRecord, NpgsqlDbType.Boolean);
            }

            await copy.CompleteAsync(cancellationToken);
        }

        const string Select = $"SELECT account_id, year, product_group_id, revenue, margin, 1 FROM {Staging} ";
        await ExecuteAsync(connection,
            $"{Insert}{Select}WHERE NOT adds {OnConflict(adds: false)};\n{Insert}{Select}WHERE adds {OnConflict(adds: true)};\nDROP TABLE {Staging}",
            cancellationToken);
    }

    public override ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, (NpgsqlTransaction?)db.Database.CurrentTransaction?.GetDbTransaction());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
