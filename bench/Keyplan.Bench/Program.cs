using System.Diagnostics;
using System.Globalization;
using Keyplan.Bench;
using Keyplan.Core;
using Keyplan.Core.Accounts;
using Keyplan.Core.Data;
using Keyplan.Core.Identity;
using Keyplan.Core.Portfolio;
using Microsoft.EntityFrameworkCore;

// The accounts list (issue #2) and the portfolio ranking (issue #4) must stay fast with 10,000 accounts. This measures
// the queries their pages and GET /api/accounts and /api/portfolio run, on the embedded SQLite database, against a
// budget per query (median and 95th percentile).
// Run: dotnet run --project bench/Keyplan.Bench -c Release [-- --accounts 10000]
// The import benchmark (bench/import-benchmark.sh) is the "import" command; "import-run" is its measured child process.
// The sales budget export benchmark (issue #6) is the "budget" command.
if (args.Length > 0 && args[0] == "import")
{
    return await Keyplan.Bench.Import.ImportBenchmark.RunAsync(args[1..]);
}

if (args.Length > 0 && args[0] == "budget")
{
    return await Keyplan.Bench.Budget.BudgetBenchmark.RunAsync(args[1..]);
}

if (args.Length == 4 && args[0] == "import-run")
{
    return await Keyplan.Bench.Import.ImportRun.RunAsync(Enum.Parse<DatabaseProvider>(args[1]), args[2], args[3]);
}

var accountCount = args.Length == 2 && args[0] == "--accounts" ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10_000;
var budget = TimeSpan.FromMilliseconds(100);
const int Runs = 30;

var directory = Directory.CreateTempSubdirectory("keyplan-bench-");
try
{
    var options = new DbContextOptionsBuilder<KeyplanDbContext>();
    DatabaseSetup.Configure(options, DatabaseProvider.Sqlite, $"Data Source={Path.Combine(directory.FullName, "bench.db")};Pooling=False");
    await using var db = new KeyplanDbContext(options.Options);
    await db.Database.MigrateAsync();
    var generated = await AccountGenerator.GenerateAsync(db, accountCount);
    Console.WriteLine($"Generated {accountCount:N0} accounts with {generated.KamCount} KAMs in {generated.Elapsed.TotalSeconds:N1} s.");
    var portfolio = await PortfolioGenerator.GenerateAsync(db, DateOnly.FromDateTime(DateTime.UtcNow));
    Console.WriteLine($"Generated {portfolio.RevenueRows:N0} revenue rows and {portfolio.Plans:N0} current plans in {portfolio.Elapsed.TotalSeconds:N1} s.");

    var management = new CurrentUser("bench-management", "Management", new HashSet<string> { Roles.Management }, null);
    var kam = new CurrentUser(generated.SampleKamId, "KAM", new HashSet<string> { Roles.KeyAccountManager }, 1);
    var scenarios = new (string Name, CurrentUser User, ListAccountsQuery Query)[]
    {
        ("first page by name", management, new ListAccountsQuery()),
        ("last page by name", management, new ListAccountsQuery { Skip = accountCount - 25 }),
        ("sort by annual revenue, descending", management, new ListAccountsQuery { Sort = AccountSort.AnnualRevenue, Descending = true }),
        ("search by name part", management, new ListAccountsQuery { Search = "tech" }),
        ("filter country + key account", management, new ListAccountsQuery { Country = "NL", IsKeyAccount = true }),
        ("KAM's own accounts (visibility rule)", kam, new ListAccountsQuery()),
    };
    var portfolioScenarios = new (string Name, CurrentUser User, PortfolioQuery Query)[]
    {
        ("portfolio: all, by revenue", management, new PortfolioQuery()),
        ("portfolio: by share of wallet", management, new PortfolioQuery { Sort = PortfolioSort.ShareOfWallet }),
        ("portfolio: country DE, by CAGR", management, new PortfolioQuery { Country = "DE", Sort = PortfolioSort.Cagr }),
        ("portfolio: KAM's own accounts", kam, new PortfolioQuery()),
    };

    var failures = 0;
    Console.WriteLine($"{"scenario",-40} {"median",10} {"p95",10} {"budget",10}");
    foreach (var (name, user, query) in scenarios)
    {
        failures += await MeasureAsync(name, () => new ListAccountsHandler(db).HandleAsync(query, user, CancellationToken.None));
    }

    foreach (var (name, user, query) in portfolioScenarios)
    {
        failures += await MeasureAsync(name, () => new ListPortfolioHandler(db, TimeProvider.System).HandleAsync(query, user, CancellationToken.None));
    }

    return failures == 0 ? 0 : 1;

    // Prints the timings of one scenario; 1 when it is over budget.
    async Task<int> MeasureAsync<T>(string name, Func<Task<Result<T>>> run)
    {
        var timings = new List<double>();
        for (var i = 0; i < Runs + 3; i++)
        {
            db.ChangeTracker.Clear();
            var stopwatch = Stopwatch.StartNew();
            var result = await run();
            stopwatch.Stop();
            if (!result.Succeeded)
            {
                throw new InvalidOperationException($"{name} failed: {result.Failure}");
            }

            if (i >= 3)
            {
                timings.Add(stopwatch.Elapsed.TotalMilliseconds); // the first runs warm up EF's query cache
            }
        }

        timings.Sort();
        var median = timings[timings.Count / 2];
        var p95 = timings[(int)Math.Ceiling(timings.Count * 0.95) - 1];
        var ok = p95 <= budget.TotalMilliseconds;
        Console.WriteLine($"{name,-40} {median,8:N1}ms {p95,8:N1}ms {budget.TotalMilliseconds,8:N0}ms {(ok ? "ok" : "OVER BUDGET")}");
        return ok ? 0 : 1;
    }
}
finally
{
    directory.Delete(recursive: true);
}
