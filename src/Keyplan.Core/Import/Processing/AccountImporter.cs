using System.Globalization;
using Keyplan.Core.Accounts;
using Keyplan.Core.Data;
using Keyplan.Core.Identity;
using Keyplan.Core.Import.Rows;
using Keyplan.Core.Organisation;
using Microsoft.EntityFrameworkCore;

namespace Keyplan.Core.Import.Processing;

/// <summary>
/// Accounts, matched by (source system, record id), else by account number (the account then takes the file's record
/// id, so the next import matches it directly). Only the fields the mapping has a column for are written. A new account
/// goes to the business area of the file's column, else the importing user's, else the first one. Parents are linked
/// after all accounts are in, by record id, so a subsidiary may come before its parent in the file.
/// </summary>
internal sealed class AccountImporter(KeyplanDbContext db, ImportSource source, TimeProvider clock) : KindImporter<AccountCandidate>(db, source)
{
    private readonly DuplicateTracker _duplicates = new();
    private readonly HashSet<string> _fileRecordIds = new(StringComparer.Ordinal);
    private readonly List<(long Row, string ParentId)> _pendingParents = [];
    private Dictionary<string, Account> _bySourceId = [];
    private Dictionary<string, Account> _byNumber = [];
    private Dictionary<string, int> _businessAreas = [];
    private int? _defaultBusinessAreaId;

    protected override AccountCandidate? Read(ImportRowReader row) => CandidateReaders.Account(row);

    protected override async Task LoadAsync(CancellationToken cancellationToken)
    {
        // Account tables are thousands of rows, not millions: the preview compares each row with the whole record.
        var accounts = await Db.Accounts.AsNoTracking().OrderBy(a => a.Id).ToListAsync(cancellationToken);
        _bySourceId = accounts.Where(a => a.SourceSystem == System && a.SourceRecordId != null)
            .DistinctBy(a => a.SourceRecordId).ToDictionary(a => a.SourceRecordId!, StringComparer.Ordinal);
        _byNumber = accounts.Where(a => a.AccountNumber != null)
            .DistinctBy(a => a.AccountNumber, StringComparer.OrdinalIgnoreCase).ToDictionary(a => a.AccountNumber!, StringComparer.OrdinalIgnoreCase);
        _businessAreas = await LoadBusinessAreasAsync(cancellationToken);
    }

    protected override void Check(AccountCandidate candidate, ImportRowReader row, ImportTally tally)
    {
        var (field, key) = candidate.RecordId is { } id ? ("recordId", id) : ("accountNumber", candidate.AccountNumber);
        if (key is not null && _duplicates.SeenBefore(row.RowNumber, field, key) is { } first)
        {
            row.Problem(field, ImportProblemKind.DuplicateInFile, key, first.ToString(CultureInfo.InvariantCulture));
        }

        if (candidate.RecordId is not null)
        {
            _fileRecordIds.Add(candidate.RecordId);
        }

        if (candidate.ParentRecordId is { } parent && !_bySourceId.ContainsKey(parent))
        {
            _pendingParents.Add((row.RowNumber, parent));
        }

        if (row.Problems.Count > 0)
        {
            return;
        }

        if (candidate.BusinessArea is { } area && !_businessAreas.ContainsKey(area))
        {
            tally.NewBusinessAreas.Add(area);
        }

        var existing = Match(candidate);
        tally.Classify(existing is null, existing is not null && Apply(candidate, existing));
    }

    protected override void FinishChecks(ImportTally tally)
    {
        tally.Add(_pendingParents.Where(p => !_fileRecordIds.Contains(p.ParentId))
            .Select(p => LateProblem(p.Row, "parentRecordId", ImportProblemKind.UnknownParent, p.ParentId)));
        _pendingParents.Clear();
        _fileRecordIds.Clear();
    }

    protected override async Task PrepareWriteAsync(NewReferenceData newReferences, CurrentUser user, CancellationToken cancellationToken)
    {
        if (newReferences.BusinessAreas.Count > 0)
        {
            var codes = (await Db.BusinessAreas.Select(b => b.Code).ToListAsync(cancellationToken)).ToHashSet(StringComparer.OrdinalIgnoreCase);
            foreach (var name in newReferences.BusinessAreas)
            {
                Db.BusinessAreas.Add(new BusinessArea { Name = name, Code = ReferenceCodes.Create(name, BusinessArea.CodeMaxLength, codes) });
            }

            await Db.SaveChangesAsync(cancellationToken);
            Db.ChangeTracker.Clear();
            _businessAreas = await LoadBusinessAreasAsync(cancellationToken);
        }

        _defaultBusinessAreaId = user.BusinessAreaId
            ?? await Db.BusinessAreas.OrderBy(b => b.Id).Select(b => (int?)b.Id).FirstOrDefaultAsync(cancellationToken);
    }

    protected override async Task WriteBatchAsync(IReadOnlyList<AccountCandidate> batch, CancellationToken cancellationToken)
    {
        var ids = batch.Select(Match).OfType<Account>().Select(a => a.Id).ToList();
        var tracked = await Db.Accounts.Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken);
        var now = clock.GetUtcNow();
        foreach (var candidate in batch)
        {
            var account = Match(candidate) is { } match ? tracked[match.Id] : null;
            if (account is null)
            {
                account = new Account
                {
                    Name = candidate.Name,
                    CreatedAt = now,
                    BusinessAreaId = _defaultBusinessAreaId
                        ?? throw new InvalidOperationException("There is no business area to put new accounts in."),
                };
                Db.Accounts.Add(account);
            }

            if (Apply(candidate, account))
            {
                account.UpdatedAt = now;
            }
        }
    }

    protected override async Task LinkAsync(IEnumerable<AccountCandidate> candidates, CancellationToken cancellationToken)
    {
        if (!Mapped("parentRecordId") || !Mapped("recordId"))
        {
            return;
        }

        var ids = await Db.Accounts.AsNoTracking().Where(a => a.SourceSystem == System && a.SourceRecordId != null)
            .Select(a => new { a.Id, a.SourceRecordId }).ToDictionaryAsync(a => a.SourceRecordId!, a => a.Id, StringComparer.Ordinal, cancellationToken);
        foreach (var chunk in candidates.Where(c => c.RecordId is not null).Chunk(BatchSize))
        {
            var parents = chunk.ToDictionary(c => ids[c.RecordId!], c => c.ParentRecordId is { } p && ids.TryGetValue(p, out var parentId) ? parentId : (int?)null);
            var accountIds = parents.Keys.ToList();
            foreach (var account in await Db.Accounts.Where(a => accountIds.Contains(a.Id)).ToListAsync(cancellationToken))
            {
                account.ParentAccountId = parents[account.Id] == account.Id ? null : parents[account.Id];
            }

            await Db.SaveChangesAsync(cancellationToken);
            Db.ChangeTracker.Clear();
        }
    }

    private Account? Match(AccountCandidate candidate) =>
        candidate.RecordId is { } id && _bySourceId.TryGetValue(id, out var bySource) ? bySource
        : candidate.AccountNumber is { } number && _byNumber.TryGetValue(number, out var byNumber) ? byNumber
        : null;

    /// <summary>Writes the mapped fields; true when something changed. Never evaluates a value: "=SUM(A1)" stays that text.</summary>
    private bool Apply(AccountCandidate c, Account account)
    {
        var before = Snapshot(account);
        account.Name = c.Name;
        if (c.RecordId is not null)
        {
            account.SourceSystem = System;
            account.SourceRecordId = c.RecordId;
        }

        if (Mapped("accountNumber") && c.AccountNumber is not null)
        {
            account.AccountNumber = c.AccountNumber;
        }

        if (Mapped("industry")) account.Industry = c.Industry;
        if (Mapped("country")) account.Country = c.Country;
        if (Mapped("city")) account.City = c.City;
        if (Mapped("website")) account.Website = c.Website;
        if (Mapped("employees")) account.Employees = c.Employees;
        if (Mapped("annualRevenue")) account.AnnualRevenue = c.AnnualRevenue;
        if (Mapped("currency")) account.Currency = c.Currency;
        if (Mapped("description")) account.Description = c.Description;
        if (c.IsKeyAccount is { } isKey) account.IsKeyAccount = isKey;
        if (c.BusinessArea is { } area && _businessAreas.TryGetValue(area, out var areaId)) account.BusinessAreaId = areaId;
        return !Equals(Snapshot(account), before);
    }

    private static object Snapshot(Account a) => (a.Name, a.SourceSystem, a.SourceRecordId, a.AccountNumber, a.Industry, a.Country, a.City,
        (a.Website, a.Employees, a.AnnualRevenue, a.Currency, a.Description, a.IsKeyAccount, a.BusinessAreaId));

    private async Task<Dictionary<string, int>> LoadBusinessAreasAsync(CancellationToken cancellationToken)
    {
        var areas = await Db.BusinessAreas.AsNoTracking().ToListAsync(cancellationToken);
        var byName = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var area in areas)
        {
            byName.TryAdd(area.Name, area.Id);
            byName.TryAdd(area.Code, area.Id);
        }

        return byName;
    }
}
