using System.Globalization;
using Keyplan.Core.Accounts;
using Keyplan.Core.Data;
using Keyplan.Core.Import.Rows;
using Microsoft.EntityFrameworkCore;

namespace Keyplan.Core.Import.Processing;

/// <summary>
/// Contacts, matched by (source system, record id); a contact without a record id is always new. The account is found
/// by its record id in the same source system, so the accounts file must be imported first. Reporting lines are
/// linked after all contacts are in, so a manager may come after the people who report to them.
/// </summary>
internal sealed class ContactImporter(KeyplanDbContext db, ImportSource source) : KindImporter<ContactCandidate>(db, source)
{
    private readonly DuplicateTracker _duplicates = new();
    private readonly HashSet<string> _fileRecordIds = new(StringComparer.Ordinal);
    private readonly List<(long Row, string ManagerId)> _pendingManagers = [];
    private Dictionary<string, int> _accounts = [];
    private Dictionary<string, Contact> _existing = [];

    protected override ContactCandidate? Read(ImportRowReader row) => CandidateReaders.Contact(row);

    protected override async Task LoadAsync(CancellationToken cancellationToken)
    {
        var accounts = await Db.Accounts.AsNoTracking().Where(a => a.SourceSystem == System && a.SourceRecordId != null)
            .Select(a => new { a.Id, a.SourceRecordId }).ToListAsync(cancellationToken);
        _accounts = accounts.DistinctBy(a => a.SourceRecordId).ToDictionary(a => a.SourceRecordId!, a => a.Id, StringComparer.Ordinal);
        _existing = (await Db.Contacts.AsNoTracking().Where(c => c.SourceSystem == System && c.SourceRecordId != null).ToListAsync(cancellationToken))
            .DistinctBy(c => c.SourceRecordId).ToDictionary(c => c.SourceRecordId!, StringComparer.Ordinal);
    }

    protected override void Check(ContactCandidate candidate, ImportRowReader row, ImportTally tally)
    {
        if (candidate.RecordId is { } id)
        {
            if (_duplicates.SeenBefore(row.RowNumber, id) is { } first)
            {
                row.Problem("recordId", ImportProblemKind.DuplicateInFile, id, first.ToString(CultureInfo.InvariantCulture));
            }

            _fileRecordIds.Add(id);
        }

        if (!_accounts.ContainsKey(candidate.AccountRecordId))
        {
            row.Problem("accountRecordId", ImportProblemKind.UnknownAccount, candidate.AccountRecordId);
        }

        if (candidate.ReportsToRecordId is { } manager && !_existing.ContainsKey(manager))
        {
            _pendingManagers.Add((row.RowNumber, manager));
        }

        if (row.Problems.Count > 0)
        {
            return;
        }

        var existing = Match(candidate);
        tally.Classify(existing is null, existing is not null && Apply(candidate, existing));
    }

    protected override void FinishChecks(ImportTally tally)
    {
        tally.Add(_pendingManagers.Where(p => !_fileRecordIds.Contains(p.ManagerId))
            .Select(p => LateProblem(p.Row, "reportsToRecordId", ImportProblemKind.UnknownReportsTo, p.ManagerId)));
        _pendingManagers.Clear();
        _fileRecordIds.Clear();
    }

    protected override async Task WriteBatchAsync(IReadOnlyList<ContactCandidate> batch, CancellationToken cancellationToken)
    {
        var ids = batch.Select(Match).OfType<Contact>().Select(c => c.Id).ToList();
        var tracked = await Db.Contacts.Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
        foreach (var candidate in batch)
        {
            var contact = Match(candidate) is { } match ? tracked[match.Id] : null;
            if (contact is null)
            {
                contact = new Contact { FirstName = candidate.FirstName, LastName = candidate.LastName };
                Db.Contacts.Add(contact);
            }

            Apply(candidate, contact);
        }
    }

    protected override async Task LinkAsync(IEnumerable<ContactCandidate> candidates, CancellationToken cancellationToken)
    {
        if (!Mapped("reportsToRecordId") || !Mapped("recordId"))
        {
            return;
        }

        var ids = await Db.Contacts.AsNoTracking().Where(c => c.SourceSystem == System && c.SourceRecordId != null)
            .Select(c => new { c.Id, c.SourceRecordId }).ToDictionaryAsync(c => c.SourceRecordId!, c => c.Id, StringComparer.Ordinal, cancellationToken);
        foreach (var chunk in candidates.Where(c => c.RecordId is not null).Chunk(BatchSize))
        {
            var managers = chunk.ToDictionary(c => ids[c.RecordId!], c => c.ReportsToRecordId is { } m && ids.TryGetValue(m, out var managerId) ? managerId : (int?)null);
            var contactIds = managers.Keys.ToList();
            foreach (var contact in await Db.Contacts.Where(c => contactIds.Contains(c.Id)).ToListAsync(cancellationToken))
            {
                contact.ReportsToId = managers[contact.Id] == contact.Id ? null : managers[contact.Id];
            }

            await Db.SaveChangesAsync(cancellationToken);
            Db.ChangeTracker.Clear();
        }
    }

    private Contact? Match(ContactCandidate candidate) =>
        candidate.RecordId is { } id && _existing.TryGetValue(id, out var contact) ? contact : null;

    /// <summary>Writes the mapped fields; true when something changed. Text is stored as it is, never evaluated.</summary>
    private bool Apply(ContactCandidate c, Contact contact)
    {
        var before = Snapshot(contact);
        contact.AccountId = _accounts[c.AccountRecordId];
        contact.FirstName = c.FirstName;
        contact.LastName = c.LastName;
        contact.SourceSystem = c.RecordId is null ? contact.SourceSystem : System;
        contact.SourceRecordId = c.RecordId ?? contact.SourceRecordId;
        if (Mapped("title")) contact.Title = c.Title;
        if (Mapped("department")) contact.Department = c.Department;
        if (Mapped("email")) contact.Email = c.Email;
        if (Mapped("phone")) contact.Phone = c.Phone;
        return !Equals(Snapshot(contact), before);
    }

    private static object Snapshot(Contact c) =>
        (c.AccountId, c.FirstName, c.LastName, c.SourceSystem, c.SourceRecordId, c.Title, c.Department, (c.Email, c.Phone));
}
