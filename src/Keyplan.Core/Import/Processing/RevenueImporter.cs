using System.Globalization;
using Keyplan.Core.Accounts;
using Keyplan.Core.Data;
using Keyplan.Core.Identity;
using Keyplan.Core.Import.Rows;
using Keyplan.Core.Organisation;
using Microsoft.EntityFrameworkCore;

namespace Keyplan.Core.Import.Processing;

/// <summary>
/// Revenue rows, matched to accounts by account number and to Keyplan's yearly records by (account, year, product
/// group). Keyplan keeps revenue per fiscal year: a quarterly file's quarters are summed into the year's record, and
/// the first quarter row of a year in this import replaces what the record held, so a re-import gives the same sums.
/// Only keys are kept in memory: account numbers, the existing records' keys and values, and for quarterly rows
/// the running sums per year.
/// </summary>
internal sealed class RevenueImporter(KeyplanDbContext db, ImportSource source) : KindImporter<RevenueCandidate>(db, source)
{
    private readonly DuplicateTracker _duplicates = new();
    private readonly Dictionary<RevenueKey, (decimal Revenue, decimal Margin)> _existing = [];
    private readonly Dictionary<RevenueKey, (decimal Revenue, decimal Margin)> _quarterSums = [];
    private readonly HashSet<RevenueKey> _touched = [];
    private readonly Dictionary<RevenueKey, RevenueChange> _changes = [];
    private Dictionary<string, int> _accounts = [];
    // The checks classify rows against the product groups as loaded; the writes need the ids of the groups the commit
    // creates too. Two lookups, so that the checks (on their own thread in a one-pass commit) never see the writes' one change.
    private Dictionary<string, int> _loadedProductGroups = [];
    private Dictionary<string, int> _productGroupIds = [];

    /// <summary>A revenue row's problems (unknown account, a duplicate of an earlier row, its own values) are known once it is read.</summary>
    public override bool ChecksEachRowAlone => true;

    protected override RevenueCandidate? Read(ImportRowReader row) => CandidateReaders.Revenue(row);

    protected override async Task LoadAsync(CancellationToken cancellationToken)
    {
        _accounts = await AccountNumbers.LoadAsync(Db, cancellationToken);
        _loadedProductGroups = _productGroupIds = await LoadProductGroupsAsync(cancellationToken);
        await foreach (var r in Db.RevenueRecords.AsNoTracking()
                           .Select(r => new { r.AccountId, r.Year, r.ProductGroupId, r.Revenue, r.ContributionMargin })
                           .AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            _existing[new RevenueKey(r.AccountId, r.Year, r.ProductGroupId)] = (r.Revenue, r.ContributionMargin);
        }
    }

    protected override void Check(RevenueCandidate candidate, ImportRowReader row, ImportTally tally)
    {
        if (_duplicates.SeenBefore(row.RowNumber, candidate.AccountNumber, candidate.Year.ToString(CultureInfo.InvariantCulture),
                candidate.Quarter?.ToString(CultureInfo.InvariantCulture), candidate.ProductGroup) is { } first)
        {
            row.Problem("accountNumber", ImportProblemKind.DuplicateInFile, candidate.AccountNumber,
                first.ToString(CultureInfo.InvariantCulture));
        }

        if (!_accounts.TryGetValue(candidate.AccountNumber, out var accountId))
        {
            row.Problem("accountNumber", ImportProblemKind.UnknownAccount, candidate.AccountNumber);
        }

        if (row.Problems.Count > 0)
        {
            return;
        }

        if (!_loadedProductGroups.TryGetValue(candidate.ProductGroup, out var productGroupId))
        {
            tally.NewProductGroups.Add(candidate.ProductGroup);
            tally.New++;
            return;
        }

        var key = new RevenueKey(accountId, candidate.Year, productGroupId);
        var margin = candidate.ContributionMargin ?? 0m;
        if (candidate.Quarter is null)
        {
            tally.Classify(!_existing.TryGetValue(key, out var old), old != (candidate.Revenue, margin));
            return;
        }

        _quarterSums[key] = _quarterSums.TryGetValue(key, out var sum) ? (sum.Revenue + candidate.Revenue, sum.Margin + margin) : (candidate.Revenue, margin);
    }

    protected override void FinishChecks(ImportTally tally)
    {
        foreach (var (key, sum) in _quarterSums)
        {
            tally.Classify(!_existing.TryGetValue(key, out var old), old != sum);
        }

        _quarterSums.Clear();
        _existing.Clear();
    }

    protected override async Task PrepareWriteAsync(NewReferenceData newReferences, CurrentUser user, CancellationToken cancellationToken)
    {
        var missing = newReferences.ProductGroups.Where(name => !_productGroupIds.ContainsKey(name)).ToList();
        if (missing.Count == 0)
        {
            return;
        }

        var codes = (await Db.ProductGroups.Select(p => p.Code).ToListAsync(cancellationToken)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var name in missing)
        {
            Db.ProductGroups.Add(new ProductGroup { Name = name, Code = ReferenceCodes.Create(name, ProductGroup.CodeMaxLength, codes) });
        }

        await Db.SaveChangesAsync(cancellationToken);
        Db.ChangeTracker.Clear();
        _productGroupIds = await LoadProductGroupsAsync(cancellationToken);
    }

    protected override int BatchSize => 20_000;

    protected override async Task WriteBatchAsync(IReadOnlyList<RevenueCandidate> batch, CancellationToken cancellationToken)
    {
        // The rows of a batch become one change per record, in file order: a yearly row or the first quarter of a year
        // in this import replaces the record's values, a later quarter adds to them.
        _changes.Clear();
        foreach (var candidate in batch)
        {
            var key = new RevenueKey(_accounts[candidate.AccountNumber], candidate.Year, _productGroupIds[candidate.ProductGroup]);
            var margin = candidate.ContributionMargin ?? 0m;
            if (candidate.Quarter is not null && !_touched.Add(key))
            {
                _changes[key] = _changes.TryGetValue(key, out var pending)
                    ? pending with { Revenue = pending.Revenue + candidate.Revenue, Margin = pending.Margin + margin }
                    : new RevenueChange(key, candidate.Revenue, margin, AddsToRecord: true);
            }
            else
            {
                _changes[key] = new RevenueChange(key, candidate.Revenue, margin, AddsToRecord: false);
            }
        }

        await using var writer = RevenueWriter.For(Db);
        await writer.WriteAsync(_changes.Values, cancellationToken);
    }

    private Task<Dictionary<string, int>> LoadProductGroupsAsync(CancellationToken cancellationToken) =>
        Db.ProductGroups.AsNoTracking().ToDictionaryAsync(p => p.Name, p => p.Id, StringComparer.OrdinalIgnoreCase, cancellationToken);
}

/// <summary>Account number → account id, the lookup revenue rows are matched by.</summary>
internal static class AccountNumbers
{
    public static async Task<Dictionary<string, int>> LoadAsync(KeyplanDbContext db, CancellationToken cancellationToken)
    {
        var numbers = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        await foreach (var a in db.Accounts.AsNoTracking().Where(a => a.AccountNumber != null).OrderBy(a => a.Id)
                           .Select(a => new { a.Id, a.AccountNumber }).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            numbers.TryAdd(a.AccountNumber!, a.Id);
        }

        return numbers;
    }
}
