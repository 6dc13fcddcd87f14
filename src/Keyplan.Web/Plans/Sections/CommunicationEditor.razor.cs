using Keyplan.Core.Accounts;
using Keyplan.Core.Plans.Sections;

namespace Keyplan.Web.Plans.Sections;

public sealed class CommunicationEntryForm
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public CommunicationAudience Audience { get; set; }
    public int? ContactId { get; set; }
    public string? Stakeholder { get; set; }
    public string? Content { get; set; }
    public string? Purpose { get; set; }
    public CommunicationForm? Form { get; set; }
    public CommunicationFrequency? Frequency { get; set; }
    public string? OwnerUserId { get; set; }
}

public sealed class CommunicationPlanForm
{
    public List<CommunicationEntryForm> Entries { get; init; } = [];
}

public sealed partial class CommunicationEditor
{

    protected override string Key => SectionKeys.Communication;

    protected override CommunicationPlanForm ToForm(CommunicationSection content) => new()
    {
        Entries = [.. content.Entries.Select(e => new CommunicationEntryForm
        {
            Id = e.Id, Audience = e.Audience, ContactId = e.ContactId, Stakeholder = e.Stakeholder, Content = e.Content,
            Purpose = e.Purpose, Form = e.Form, Frequency = e.Frequency, OwnerUserId = e.OwnerUserId,
        })],
    };

    protected override CommunicationSection ToContent(CommunicationPlanForm form) => new()
    {
        Entries = [.. form.Entries.Select(e => new CommunicationEntry
        {
            Id = e.Id, Audience = e.Audience,
            // Only an external stakeholder is a contact of the account; an internal audience never keeps one.
            ContactId = e.Audience == CommunicationAudience.External ? e.ContactId : null,
            Stakeholder = e.Stakeholder, Content = e.Content, Purpose = e.Purpose, Form = e.Form, Frequency = e.Frequency,
            OwnerUserId = string.IsNullOrEmpty(e.OwnerUserId) ? null : e.OwnerUserId,
        })],
    };

    private string ItemLabel(int index) => L["Communication.ItemLabel", index + 1];

    private static string ContactName(ContactDetails contact) =>
        string.IsNullOrWhiteSpace(contact.Title) ? contact.FullName : $"{contact.FullName} ({contact.Title})";

    /// <summary>Who the entry informs, for its heading: the contact, else the stakeholder, else the audience.</summary>
    private string Who(CommunicationEntryForm entry) =>
        (entry.Audience == CommunicationAudience.External ? Contacts.FirstOrDefault(c => c.Id == entry.ContactId)?.FullName : null)
        ?? (string.IsNullOrWhiteSpace(entry.Stakeholder) ? null : entry.Stakeholder)
        ?? L.EnumName(entry.Audience);

    private void Add() => Form!.Entries.Add(new CommunicationEntryForm());
    // An empty new entry is not saved (it could not be: it has no content yet); typing into it saves.

    private void Remove(CommunicationEntryForm entry)
    {
        Form!.Entries.Remove(entry);
        Changed();
    }
}
