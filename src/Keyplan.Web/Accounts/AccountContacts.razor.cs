using Keyplan.Core;
using Keyplan.Core.Accounts;

namespace Keyplan.Web.Accounts;

/// <summary>The account's contacts as an org chart, with an inline form to add and change them.</summary>
public sealed partial class AccountContacts
{
    private IReadOnlyList<ContactNode> _tree = [];

    protected override int IdOf(ContactDetails record) => record.Id;

    protected override int VersionOf(ContactDetails record) => record.Version;

    protected override async Task<IReadOnlyList<ContactDetails>> FetchAsync(IServiceProvider services) =>
        (await services.GetRequiredService<ListContactsHandler>().HandleAsync(AccountId, User, CancellationToken.None)).Value ?? [];

    protected override void OnRecordsLoaded() => _tree = ContactHierarchy.Build(Records ?? []);

    protected override ContactInput InputFor(ContactDetails? record) => record is null ? new ContactInput() : ContactInput.From(record);

    protected override async Task<Failure?> SaveAsync(IServiceProvider services, ContactDetails? editing, int? version, ContactInput input) =>
        editing is null
            ? (await services.GetRequiredService<CreateContactHandler>().HandleAsync(AccountId, input, User, CancellationToken.None)).Failure
            : (await services.GetRequiredService<UpdateContactHandler>()
                .HandleAsync(AccountId, editing.Id, version!.Value, input, User, CancellationToken.None)).Failure;

    protected override async Task<Failure?> DeleteAsync(IServiceProvider services, ContactDetails record) =>
        (await services.GetRequiredService<DeleteContactHandler>()
            .HandleAsync(AccountId, record.Id, record.Version, User, CancellationToken.None)).Failure;

    protected override (string Gone, string DeleteTitle, string DeleteQuestion, string DeleteStale, string Deleted) Texts(ContactDetails? record) =>
        (L["Contact.Gone"], L["Contact.DeleteTitle"], L["Contact.DeleteConfirm", record?.FullName ?? string.Empty],
            L["Contact.DeleteStale"], L["Contact.Deleted", record?.FullName ?? string.Empty]);

    /// <summary>Everyone but the contact and their reports: picking one of those would make a cycle.</summary>
    private IEnumerable<ContactDetails> ManagerOptions()
    {
        if (Form.Editing is null)
        {
            return Records ?? [];
        }

        var excluded = ContactHierarchy.ReportsOf(Records ?? [], Form.Editing.Id);
        excluded.Add(Form.Editing.Id);
        return (Records ?? []).Where(c => !excluded.Contains(c.Id));
    }
}
