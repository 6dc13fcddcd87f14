using System.Diagnostics;
using Keyplan.Core.Data;
using Keyplan.Core.Organisation;
using Keyplan.Core.Plans;
using Keyplan.Core.Plans.Sections;
using Microsoft.EntityFrameworkCore;

namespace Keyplan.Bench;

/// <summary>
/// Adds what the portfolio ranking reads to the generated accounts, deterministically: revenue rows in three product
/// groups for the last five fiscal years, and for every key account a current plan with potential and history sections.
/// </summary>
internal static class PortfolioGenerator
{
    private const int Years = 5;

    public sealed record Generated(int RevenueRows, int Plans, TimeSpan Elapsed);

    public static async Task<Generated> GenerateAsync(KeyplanDbContext db, DateOnly today)
    {
        var stopwatch = Stopwatch.StartNew();
        var random = new Random(7);
        var groups = Enumerable.Range(1, 3).Select(i => new ProductGroup { Name = $"Group {i}", Code = $"G{i}" }).ToList();
        db.ProductGroups.AddRange(groups);
        await db.SaveChangesAsync();
        var templateVersionId = await db.PlanTemplateVersions.OrderBy(v => v.Id).Select(v => v.Id).FirstAsync();
        var accounts = await db.Accounts.AsNoTracking().OrderBy(a => a.Id)
            .Select(a => new { a.Id, a.IsKeyAccount, a.KeyAccountManagerId }).ToListAsync();

        var lastYear = today.Year - 1;
        var now = DateTimeOffset.UtcNow;
        var (revenueRows, plans, done) = (0, 0, 0);
        foreach (var account in accounts)
        {
            var size = random.Next(10, 5_000) * 1_000m;
            for (var year = lastYear - Years + 1; year <= lastYear; year++)
            {
                foreach (var group in groups)
                {
                    var revenue = Math.Round(size * (decimal)(0.5 + random.NextDouble()));
                    db.RevenueRecords.Add(new Keyplan.Core.Accounts.RevenueRecord
                    {
                        AccountId = account.Id, Year = year, ProductGroupId = group.Id, Revenue = revenue, ContributionMargin = Math.Round(revenue * 0.25m),
                    });
                    revenueRows++;
                }
            }

            if (account.IsKeyAccount && account.KeyAccountManagerId is { } ownerId)
            {
                db.Plans.Add(PlanFor(account.Id, ownerId, templateVersionId, today.Year, size, groups, now));
                plans++;
            }

            if (++done % 1_000 == 0)
            {
                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
            }
        }

        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
        return new Generated(revenueRows, plans, stopwatch.Elapsed);
    }

    private static Plan PlanFor(int accountId, string ownerId, int templateVersionId, int year, decimal size, List<ProductGroup> groups, DateTimeOffset now)
    {
        var potential = new PotentialSection
        {
            CustomerGrowth = "Expanding into new plants; consolidating suppliers.",
            Potentials = groups.Select(g => new RevenuePotential { ProductGroupId = g.Id, MaximumRevenue = size * 2 }).ToList(),
        };
        var history = new HistorySection
        {
            PurchaseVolumes = Enumerable.Range(year - Years, Years).Select(y => new PurchaseVolume { Year = y, Amount = size * 10 }).ToList(),
        };
        return new Plan
        {
            AccountId = accountId,
            PeriodStart = new DateOnly(year, 1, 1),
            PeriodEnd = new DateOnly(year, 12, 31),
            FiscalYear = year,
            OwnerId = ownerId,
            Language = "en",
            TemplateVersionId = templateVersionId,
            CreatedAt = now,
            UpdatedAt = now,
            Sections =
            [
                new PlanSection { Key = SectionKeys.Potential, Content = SectionJson.Serialize(potential), UpdatedAt = now },
                new PlanSection { Key = SectionKeys.History, Content = SectionJson.Serialize(history), UpdatedAt = now },
            ],
        };
    }
}
