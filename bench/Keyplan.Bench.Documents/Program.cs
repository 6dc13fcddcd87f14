using System.Diagnostics;
using Keyplan.Core;
using Keyplan.Core.Data;
using Keyplan.Core.Demo;
using Keyplan.Core.Documents;
using Keyplan.Core.Identity;
using Keyplan.Documents.Pdf;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

// A plan document must be ready in under 2 s (issue #6). This seeds the demo company into a SQLite file, takes the
// largest demo plan and times each export (load + compose + write, the review deck included) for both audiences; the first PDF includes the
// browser start, which happens once per app, so it is reported apart and the budget applies to the runs after it.
// Run: dotnet run --project bench/Keyplan.Bench.Documents -c Release   (needs chromium, see STACK.md)
var budget = TimeSpan.FromSeconds(2);
const int Runs = 5;
const int ZipPlans = 20;
var directory = Directory.CreateTempSubdirectory("keyplan-bench-documents-");
try
{
    var services = new ServiceCollection();
    services.AddLogging();
    services.AddDbContext<KeyplanDbContext>(options => DatabaseSetup.Configure(
        options, DatabaseProvider.Sqlite, $"Data Source={Path.Combine(directory.FullName, "bench.db")};Pooling=False"));
    services.AddKeyplanCore();
    services.AddPdfRendering();
    services.AddIdentityCore<User>(IdentityRules.Configure).AddRoles<IdentityRole>().AddEntityFrameworkStores<KeyplanDbContext>();
    await using var provider = services.BuildServiceProvider();
    int planId;
    string account;
    await using (var scope = provider.CreateAsyncScope())
    {
        var db = scope.ServiceProvider.GetRequiredService<KeyplanDbContext>();
        await db.Database.MigrateAsync();
        await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedIfEmptyAsync(CancellationToken.None);
        var sizes = await db.PlanSections.GroupBy(s => s.PlanId).Select(g => new { PlanId = g.Key, Size = g.Sum(s => s.Content.Length) }).ToListAsync();
        planId = sizes.MaxBy(s => s.Size)!.PlanId;
        account = await db.Plans.Where(p => p.Id == planId).Select(p => p.Account!.Name).SingleAsync();
    }

    Console.WriteLine($"Largest demo plan: {planId} ({account}).");
    var admin = new CurrentUser("bench", "Bench", new HashSet<string> { Roles.Administrator }, null);
    var failures = 0;
    Console.WriteLine($"{"document",-24} {"first",10} {"median",10} {"max",10} {"size",10} {"budget",8}");
    foreach (var format in Enum.GetValues<ExportFormat>())
    {
        foreach (var audience in Enum.GetValues<DocumentAudience>().Where(a => ExportPlanHandler.Allows(format, a)))
        {
            var times = new List<TimeSpan>();
            var size = 0;
            for (var run = 0; run <= Runs; run++)
            {
                await using var scope = provider.CreateAsyncScope();
                var handler = scope.ServiceProvider.GetRequiredService<ExportPlanHandler>();
                var watch = Stopwatch.StartNew();
                var result = await handler.HandleAsync(planId, format, audience, admin, CancellationToken.None);
                times.Add(watch.Elapsed);
                size = result.Value!.Content.Length;
            }

            var first = times[0];
            var rest = times.Skip(1).Order().ToList();
            var median = rest[rest.Count / 2];
            var max = rest[^1];
            var ok = max < budget;
            failures += ok ? 0 : 1;
            Console.WriteLine($"{$"{format} {audience}".ToLowerInvariant(),-24} {first.TotalMilliseconds,8:N0}ms {median.TotalMilliseconds,8:N0}ms {max.TotalMilliseconds,8:N0}ms {size / 1024,7:N0} KB {(ok ? "ok" : "OVER"),8}");
        }
    }

    // The zip export of many plans (POST /api/exports) does what its worker does: each plan in its own scope, into one zip.
    // Informational: the user watches a progress bar, so there is no budget; it shows the per-plan cost at scale.
    List<int> zipPlans;
    await using (var scope = provider.CreateAsyncScope())
    {
        zipPlans = await scope.ServiceProvider.GetRequiredService<KeyplanDbContext>().Plans.OrderBy(p => p.Id).Select(p => p.Id).Take(ZipPlans).ToListAsync();
    }

    Console.WriteLine($"{"zip export",-24} {"plans",10} {"total",10} {"per plan",10} {"size",10}");
    foreach (var format in Enum.GetValues<ExportFormat>())
    {
        var watch = Stopwatch.StartNew();
        using var output = new MemoryStream();
        using (var zip = new Keyplan.Core.Documents.BulkExport.BulkExportZipWriter(output))
        {
            foreach (var id in zipPlans)
            {
                await using var scope = provider.CreateAsyncScope();
                var result = await scope.ServiceProvider.GetRequiredService<ExportPlanHandler>().HandleAsync(id, format, DocumentAudience.Internal, admin, CancellationToken.None);
                await zip.AddAsync(new(id, result.Value, result.Failure?.ToString()), CancellationToken.None);
            }
        }

        Console.WriteLine($"{format.ToString().ToLowerInvariant(),-24} {zipPlans.Count,10} {watch.Elapsed.TotalMilliseconds,8:N0}ms "
            + $"{watch.Elapsed.TotalMilliseconds / Math.Max(1, zipPlans.Count),8:N0}ms {output.Length / 1024,7:N0} KB");
    }

    return failures == 0 ? 0 : 1;
}
finally
{
    directory.Delete(recursive: true);
}
