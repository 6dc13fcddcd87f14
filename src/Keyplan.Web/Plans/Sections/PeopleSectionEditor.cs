using Keyplan.Core.Accounts;
using Keyplan.Core.Plans.Sections;

namespace Keyplan.Web.Plans.Sections;

/// <summary>
/// A section form that links to our people (the plan owner and team) and to the account's contacts: it loads both to
/// choose from, and names both in the conflict view instead of showing ids.
/// </summary>
public abstract class PeopleSectionEditor<TContent, TForm> : SectionEditor<TContent, TForm>
    where TContent : SectionContent
    where TForm : class
{
    protected IReadOnlyList<PersonChoice> People { get; private set; } = [];

    protected IReadOnlyList<ContactDetails> Contacts { get; private set; } = [];

    protected override string? Resolve(string value) =>
        People.FirstOrDefault(p => p.UserId == value)?.Name
        ?? (int.TryParse(value, out var id) ? Contacts.FirstOrDefault(c => c.Id == id)?.FullName : null)
        ?? base.Resolve(value);

    protected override async Task LoadLookupsAsync(CancellationToken cancellationToken)
    {
        People = PersonChoice.From(Plan);
        await LoadContactsAsync(cancellationToken);
    }

    /// <summary>Reads the account's contacts again, e.g. after one of them was changed from this form.</summary>
    protected async Task LoadContactsAsync(CancellationToken cancellationToken)
    {
        await using var scope = Scopes.CreateAsyncScope();
        var contacts = await scope.ServiceProvider.GetRequiredService<ListContactsHandler>().HandleAsync(Plan.AccountId, User, cancellationToken);
        Contacts = contacts.Value ?? [];
    }
}
