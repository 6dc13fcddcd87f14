using System.Globalization;
using System.Net;
using System.Text;
using Keyplan.Core.Accounts;
using Keyplan.Core.Demo;
using Keyplan.Core.Identity;
using Keyplan.Core.Import;
using Keyplan.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Keyplan.IntegrationTests.Import;

/// <summary>
/// A revenue commit checks and writes in one pass, in batches of 20,000 rows inside one transaction. These files are
/// longer than a batch, so the first batch is already written when the last rows are checked.
/// </summary>
public abstract class RevenueCommitTests(KeyplanApp app)
{
    private const int Accounts = 60;
    private const int FirstYear = 2030;
    private const int Years = RevenueRecord.MaxYear - FirstYear + 1;
    private const int Rows = Accounts * Years * 5;

    [Fact]
    public async Task ANewProductGroupAfterTheFirstBatch_IsCreatedWithTheCommit_AndEveryRowIsWritten()
    {
        const string Prefix = "LATE";
        var (client, preview) = await PreviewAsync(Prefix, newGroupAccount: Accounts - 1);
        using var _ = client;
        var committed = await client.CommitOkAsync(preview.Id);

        Assert.Equal(new ImportCounts(Rows, Rows, 0, 0, 0), preview.Counts);
        Assert.Equal([NewGroup(Prefix)], preview.NewProductGroups);
        Assert.Equal(preview.Counts, committed.Counts);
        Assert.Equal((Rows, Years), await app.DbAsync(async db => (
            await db.RevenueRecords.CountAsync(r => r.Account!.AccountNumber!.StartsWith(Prefix + "-")),
            await db.RevenueRecords.CountAsync(r => r.ProductGroup!.Name == NewGroup(Prefix)))));
    }

    [Fact]
    public async Task ARowThatBreaksAfterThePreview_RefusesTheCommit_AndRollsBackTheWrittenBatchAndTheNewGroup()
    {
        const string Prefix = "BREAK";
        var (client, preview) = await PreviewAsync(Prefix, newGroupAccount: 0);
        using var _ = client;
        Assert.Equal(0, preview.TotalProblems);
        // Between preview and commit someone renumbers the account of the file's last rows.
        var last = Number(Prefix, Accounts - 1);
        await app.DbAsync(db => db.Accounts.Where(a => a.AccountNumber == last).ExecuteUpdateAsync(s => s.SetProperty(a => a.AccountNumber, last + "-OLD")));

        var commit = await client.CommitAsync(preview.Id);

        Assert.Equal(HttpStatusCode.BadRequest, commit.StatusCode);
        Assert.Contains("skipInvalidRows", (await commit.ValidationErrorsAsync()).Keys);
        await AssertNothingKeptAsync(Prefix, preview.Id);

        var skipped = await client.CommitAsync(preview.Id, skipInvalidRows: true);
        Assert.Equal(HttpStatusCode.OK, skipped.StatusCode);
        Assert.Equal(Rows - Years * 5, (await skipped.ReadAsync<ImportPreview>()).Counts.New);
    }

    [Fact]
    public async Task ACommitCancelledWhileItWrites_KeepsNothing_AndCanBeCommittedAgain()
    {
        const string Prefix = "STOP";
        var (client, preview) = await PreviewAsync(Prefix, newGroupAccount: 0);
        using var _ = client;

        // The checks hand on the first batch at row 20,000 and read on while it is written; the user cancels after that.
        using var cancel = new CancellationTokenSource();
        var progress = new CancelAfterRows(20_500, cancel);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => app.WithDbAsync(db =>
            new CommitImportHandler(db, TimeProvider.System).HandleAsync(preview.Id, new CommitImportRequest(false), Admin, progress, cancel.Token)));

        await AssertNothingKeptAsync(Prefix, preview.Id);
        Assert.Equal(Rows, (await client.CommitOkAsync(preview.Id)).Counts.New);
    }

    /// <summary>No revenue of the test's accounts, no new product group, and the batch can still be committed.</summary>
    private async Task AssertNothingKeptAsync(string prefix, int batchId) =>
        Assert.Equal((0, false, ImportBatchStatus.Previewed), await app.DbAsync(async db => (
            await db.RevenueRecords.CountAsync(r => r.Account!.AccountNumber!.StartsWith(prefix + "-")),
            await db.ProductGroups.AnyAsync(p => p.Name == NewGroup(prefix)),
            await db.ImportBatches.Where(b => b.Id == batchId).Select(b => b.Status).SingleAsync())));

    private static readonly CurrentUser Admin = new("revenue-commit-test", "Test", new HashSet<string> { Roles.Administrator }, null);

    /// <summary>Hears the commit's progress as the file is read, on the reading thread, and cancels once enough rows are read.</summary>
    private sealed class CancelAfterRows(long rows, CancellationTokenSource cancel) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value)
        {
            if (value.Stage == ImportStage.CheckingAndWriting && value.Rows >= rows)
            {
                cancel.Cancel();
            }
        }
    }

    /// <summary>Creates the accounts, uploads the long file as the administrator and returns their client and the preview.</summary>
    private async Task<(HttpClient Client, ImportPreview Preview)> PreviewAsync(string prefix, int newGroupAccount)
    {
        await CreateAccountsAsync(prefix);
        var client = await app.ClientForAsync(DemoUsers.Admin);
        var preview = await (await client.UploadAsync("Revenue", "long.csv", await FileAsync(prefix, newGroupAccount))).ReadAsync<ImportPreview>();
        return (client, preview);
    }

    /// <summary>The accounts the file's rows point at, numbered PREFIX-00 … PREFIX-59; how many rows were saved.</summary>
    private Task<int> CreateAccountsAsync(string prefix) => app.DbAsync(async db =>
    {
        var area = await db.BusinessAreas.Select(b => b.Id).FirstAsync();
        db.Accounts.AddRange(Enumerable.Range(0, Accounts).Select(i => new Account { Name = $"{prefix} {i}", AccountNumber = Number(prefix, i), BusinessAreaId = area }));
        return await db.SaveChangesAsync();
    });

    private static string Number(string prefix, int account) => string.Create(CultureInfo.InvariantCulture, $"{prefix}-{account:00}");

    /// <summary>A product group only this test's file names, so the tests do not depend on their order.</summary>
    private static string NewGroup(string prefix) => $"Robotics {prefix}";

    /// <summary>Every account × year × product group once; one account has <see cref="NewGroup"/> instead of its last group.</summary>
    private Task<byte[]> FileAsync(string prefix, int newGroupAccount) => app.DbAsync(async db =>
    {
        var groups = await db.ProductGroups.OrderBy(p => p.Id).Select(p => p.Name).Take(5).ToListAsync();
        var file = new StringBuilder("Account number,Fiscal year,Product group,Revenue,Contribution margin\n");
        for (var account = 0; account < Accounts; account++)
        {
            for (var year = FirstYear; year <= RevenueRecord.MaxYear; year++)
            {
                for (var group = 0; group < 5; group++)
                {
                    var name = account == newGroupAccount && group == 4 ? NewGroup(prefix) : groups[group];
                    file.Append(CultureInfo.InvariantCulture, $"{Number(prefix, account)},{year},{name},{1000 + account}.50,{100 + group}\n");
                }
            }
        }

        return Encoding.UTF8.GetBytes(file.ToString());
    });
}

[Trait("Database", "Sqlite")]
public sealed class SqliteRevenueCommitTests(SqliteApp app) : RevenueCommitTests(app), IClassFixture<SqliteApp>;

[Trait("Database", "Postgres")]
public sealed class PostgresRevenueCommitTests(PostgresApp app) : RevenueCommitTests(app), IClassFixture<PostgresApp>;
