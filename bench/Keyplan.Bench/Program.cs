using System.Diagnostics;
using System.Globalization;
using Keyplan.Bench;
using Keyplan.Core.Accounts;
using Keyplan.Core.Data;
using Keyplan.Core.Identity;
using Microsoft.EntityFrameworkCore;

// The accounts list must stay fast with 10,000 accounts (issue #2). This measures the list queries the page and
// GET /api/accounts run, on the embedded SQLite database, against a budget per query (median and 95th percentile).
// Run: dotnet run --project bench/Keyplan.Bench -c Release [-- --accounts 10000]
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

    var failures = 0;
    Console.WriteLine($"{"scenario",-40} {"median",10} {"p95",10} {"budget",10}");
    foreach (var (name, user, query) in scenarios)
    {
        var timings = new List<double>();
        for (var run = 0; run < Runs + 3; run++)
        {
            db.ChangeTracker.Clear();
            var handler = new ListAccountsHandler(db);
            var stopwatch = Stopwatch.StartNew();
            var result = await handler.HandleAsync(query, user, CancellationToken.None);
            stopwatch.Stop();
            if (!result.Succeeded)
            {
                throw new InvalidOperationException($"{name} failed: {result.Failure}");
            }

            if (run >= 3)
            {
                timings.Add(stopwatch.Elapsed.TotalMilliseconds); // the first runs warm up EF's query cache
            }
        }

        timings.Sort();
        var median = timings[timings.Count / 2];
        var p95 = timings[(int)Math.Ceiling(timings.Count * 0.95) - 1];
        var ok = p95 <= budget.TotalMilliseconds;
        failures += ok ? 0 : 1;
        Console.WriteLine($"{name,-40} {median,8:N1}ms {p95,8:N1}ms {budget.TotalMilliseconds,8:N0}ms {(ok ? "ok" : "OVER BUDGET")}");
    }

    return failures == 0 ? 0 : 1;
}
finally
{
    directory.Delete(recursive: true);
}
