using Keyplan.Core.Accounts;

namespace Keyplan.Web.Accounts;

/// <summary>A contact with the people who report to them.</summary>
public sealed record ContactNode(ContactDetails Contact, IReadOnlyList<ContactNode> Reports);

/// <summary>The customer's org chart from the contacts' reports-to links.</summary>
public static class ContactHierarchy
{
    /// <summary>
    /// The people at the top first (no manager among the account's contacts), their reports below, keeping the
    /// given order among siblings. Every contact appears exactly once, even if imported data holds a cycle.
    /// </summary>
    public static IReadOnlyList<ContactNode> Build(IReadOnlyList<ContactDetails> contacts)
    {
        var ids = contacts.Select(c => c.Id).ToHashSet();
        var reports = contacts
            .Where(c => c.ReportsToId is { } manager && ids.Contains(manager))
            .ToLookup(c => c.ReportsToId!.Value);
        var placed = new HashSet<int>();

        ContactNode Node(ContactDetails contact)
        {
            placed.Add(contact.Id);
            return new ContactNode(contact, reports[contact.Id].Where(r => !placed.Contains(r.Id)).Select(Node).ToList());
        }

        var roots = contacts.Where(c => c.ReportsToId is not { } manager || !ids.Contains(manager)).Select(Node).ToList();

        // People in a reports-to cycle have no top; show each cycle from its first member so nobody is lost.
        foreach (var contact in contacts.Where(c => !placed.Contains(c.Id)))
        {
            if (!placed.Contains(contact.Id))
            {
                roots.Add(Node(contact));
            }
        }

        return roots;
    }

    /// <summary>The contact's direct and indirect reports: they cannot become the contact's manager.</summary>
    public static HashSet<int> ReportsOf(IReadOnlyList<ContactDetails> contacts, int contactId)
    {
        var reports = contacts.Where(c => c.ReportsToId is not null).ToLookup(c => c.ReportsToId!.Value, c => c.Id);
        var found = new HashSet<int>();
        var pending = new Stack<int>([contactId]);
        while (pending.TryPop(out var id))
        {
            foreach (var report in reports[id])
            {
                if (found.Add(report))
                {
                    pending.Push(report);
                }
            }
        }

        found.Remove(contactId);
        return found;
    }
}
