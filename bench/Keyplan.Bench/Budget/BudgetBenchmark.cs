using System.Diagnostics;
using System.Globalization;
using Keyplan.Core.Budget;
using Keyplan.Core.Budget.Export;
using Keyplan.Core.Data;
using Keyplan.Core.Identity;
using Keyplan.Core.Plans;
using Keyplan.Core.Plans.Sections;
using Microsoft.EntityFrameworkCore;

namespace Keyplan.Bench.Budget;

/// <summary>
/// Issue #6's budget export benchmark: the sales budget of 10,000 accounts (their revenue, and an approved plan with
/// revenue targets per product group for every key account) read by <see cref="GetSalesBudgetHandler"/> and written
/// as .xlsx and .csv by <see cref="SalesBudgetExport"/>, as GET /api/budget/export does. Budget: 5 s per export.
/// </summary>
internal static class BudgetBenchmark
{
    private const int Runs = 5;
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(5);

    /// <summary>budget [--accounts N]</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        var accountCount = args.Length == 2 && args[0] == "--accounts" ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10_000;
        var directory = Directory.CreateTempSubdirectory("keyplan-budget-bench-");
        try
        {
            var options = new DbContextOptionsBuilder<KeyplanDbContext>();
            DatabaseSetup.Configure(options, DatabaseProvider.Sqlite, $"Data Source={Path.Combine(directory.FullName, "bench.db")};Pooling=False");
            await using var db = new KeyplanDbContext(options.Options);
            await db.Database.MigrateAsync();
            var today = DateOnly.FromDateTime(DateTime.UtcNow);
            var generated = await AccountGenerator.GenerateAsync(db, accountCount);
            var portfolio = await PortfolioGenerator.GenerateAsync(db, today);
            var approved = await ApprovePlansWithTargetsAsync(db);
            Console.WriteLine($"Generated {accountCount:N0} accounts ({generated.KamCount} KAMs), {portfolio.RevenueRows:N0} revenue rows and "
                + $"{approved:N0} approved plans with revenue targets.");

            var management = new CurrentUser("bench-management", "Management", new HashSet<string> { Roles.Management }, null);
            var failures = 0;
            Console.WriteLine($"{"budget export",-30} {"median",10} {"max",10} {"size",10} {"budget",10}");
            foreach (var format in Enum.GetValues<SalesBudgetFormat>())
            {
                var timings = new List<double>();
                long size = 0;
                for (var i = 0; i < Runs + 1; i++)
                {
                    db.ChangeTracker.Clear();
                    var stopwatch = Stopwatch.StartNew();
                    var budget = await new GetSalesBudgetHandler(db, TimeProvider.System).HandleAsync(new SalesBudgetQuery { Year = today.Year }, management, CancellationToken.None);
                    using var output = new MemoryStream();
                    await SalesBudgetExport.WriteAsync(budget.Value ?? throw new InvalidOperationException($"{budget.Failure}"), format, output, CancellationToken.None);
                    stopwatch.Stop();
                    size = output.Length;
                    if (i > 0)
                    {
                        timings.Add(stopwatch.Elapsed.TotalMilliseconds); // the first run warms up EF's query cache
                    }
                }

                timings.Sort();
                var ok = timings[^1] <= Budget.TotalMilliseconds;
                failures += ok ? 0 : 1;
                Console.WriteLine($"{format.ToString().ToLowerInvariant() + $", {accountCount:N0} accounts",-30} {timings[timings.Count / 2],8:N0}ms {timings[^1],8:N0}ms "
                    + $"{size / 1024.0,7:N0} KB {Budget.TotalMilliseconds,8:N0}ms {(ok ? "ok" : "OVER BUDGET")}");
            }

            return failures == 0 ? 0 : 1;
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    /// <summary>Approves every generated plan and gives it a revenue target per product group, so it rolls up into the budget.</summary>
    private static async Task<int> ApprovePlansWithTargetsAsync(KeyplanDbContext db)
    {
        var groups = await db.ProductGroups.Select(g => g.Id).ToListAsync();
        var plans = await db.Plans.Select(p => p.Id).ToListAsync();
        var random = new Random(11);
        var now = DateTimeOffset.UtcNow;
        foreach (var chunk in plans.Chunk(1_000))
        {
            foreach (var planId in chunk)
            {
                var section = new BudgetSection
                {
                    RevenueTargets = groups.Select(g => new RevenueTarget { ProductGroupId = g, Amount = random.Next(10, 10_000) * 1_000m }).ToList(),
                };
                db.PlanSections.Add(new PlanSection { PlanId = planId, Key = SectionKeys.Budget, Content = SectionJson.Serialize(section), UpdatedAt = now });
            }

            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }

        await db.Plans.ExecuteUpdateAsync(s => s.SetProperty(p => p.Status, PlanStatus.Approved));
        return plans.Count;
    }
}
