using System.Diagnostics;
using Keyplan.Core.Accounts;
using Keyplan.Core.Data;
using Keyplan.Core.Identity;
using Keyplan.Core.Organisation;

namespace Keyplan.Bench;

/// <summary>Fills a database with many plausible accounts, deterministically, for list benchmarks.</summary>
internal static class AccountGenerator
{
    private static readonly string[] Prefixes = ["Nord", "Süd", "West", "Ost", "Rhein", "Maas", "Thames", "Alpen", "Delta", "Hansa", "Euro", "Kron"];
    private static readonly string[] Cores = ["tech", "werk", "chem", "logistik", "bouw", "foods", "energy", "pharma", "metall", "plast"];
    private static readonly string[] Suffixes = ["GmbH", "AG", "B.V.", "N.V.", "Ltd", "plc", "KG"];
    private static readonly string[] Industries = ["Automotive", "Chemicals", "Food & Beverage", "Logistics", "Machinery", "Pharma", "Energy"];
    private static readonly (string Country, string[] Cities)[] Places =
    [
        ("DE", ["Köln", "München", "Hamburg", "Stuttgart", "Dortmund"]),
        ("NL", ["Rotterdam", "Eindhoven", "Utrecht", "Groningen"]),
        ("GB", ["Manchester", "Leeds", "Bristol", "Birmingham"]),
    ];

    public sealed record Generated(int KamCount, string SampleKamId, TimeSpan Elapsed);

    public static async Task<Generated> GenerateAsync(KeyplanDbContext db, int count)
    {
        var stopwatch = Stopwatch.StartNew();
        var random = new Random(42);
        var areas = Enumerable.Range(1, 3).Select(i => new BusinessArea { Name = $"Area {i}", Code = $"A{i}" }).ToList();
        db.BusinessAreas.AddRange(areas);
        var kams = Enumerable.Range(1, 50).Select(i => new User
        {
            Id = $"bench-kam-{i}",
            UserName = $"kam{i}@bench.keyplan",
            Email = $"kam{i}@bench.keyplan",
            DisplayName = $"KAM {i:D2}",
        }).ToList();
        db.Users.AddRange(kams);
        await db.SaveChangesAsync();

        var now = DateTimeOffset.UtcNow;
        for (var i = 0; i < count; i++)
        {
            var (country, cities) = Places[random.Next(Places.Length)];
            db.Accounts.Add(new Account
            {
                Name = $"{Prefixes[random.Next(Prefixes.Length)]}{Cores[random.Next(Cores.Length)]} {Suffixes[random.Next(Suffixes.Length)]} {i}",
                AccountNumber = $"K-{100000 + i}",
                Industry = Industries[random.Next(Industries.Length)],
                Country = country,
                City = cities[random.Next(cities.Length)],
                Employees = random.Next(20, 50_000),
                AnnualRevenue = random.Next(1, 5_000) * 100_000m,
                BusinessAreaId = areas[i % areas.Count].Id,
                KeyAccountManagerId = kams[i % kams.Count].Id,
                IsKeyAccount = random.NextDouble() < 0.2,
                CreatedAt = now,
                UpdatedAt = now,
            });
            if (i % 2_000 == 1_999)
            {
                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
            }
        }

        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
        return new Generated(kams.Count, kams[0].Id, stopwatch.Elapsed);
    }
}
