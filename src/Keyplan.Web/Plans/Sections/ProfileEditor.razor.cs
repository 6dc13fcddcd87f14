using Keyplan.Core.Accounts;
using Keyplan.Core.Plans.Sections;

namespace Keyplan.Web.Plans.Sections;

public sealed class LocationForm
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public string? Name { get; set; }
    public string? City { get; set; }
    public string? Country { get; set; }
    public LocationKind? Kind { get; set; }
}

public sealed class ChallengesForm
{
    public List<TextItemForm> Goals { get; init; } = [];
    public List<TextItemForm> Pressures { get; init; } = [];
    public List<TextItemForm> Initiatives { get; init; } = [];
    public List<TextItemForm> Obstacles { get; init; } = [];
}

/// <summary>The customer profile as the form edits it; property names follow the API ("challenges.goals[0].text").</summary>
public sealed class ProfileForm
{
    public string? BusinessModel { get; set; }
    public string? ProductsAndServices { get; set; }
    public string? Mission { get; set; }
    public string? Vision { get; set; }
    public string? Strategy { get; set; }
    public ChallengesForm Challenges { get; init; } = new();
    public List<TextItemForm> BuyingMotives { get; init; } = [];
    public string? Culture { get; set; }
    public List<LocationForm> Locations { get; init; } = [];
    public List<int> PrimaryContactIds { get; init; } = [];
}

public sealed partial class ProfileEditor
{
    private AccountDetails? _account;
    private IReadOnlyList<ContactDetails> _contacts = [];

    /// <summary>Until the contacts are loaded, a linked id cannot be told apart from one of a removed contact.</summary>
    private bool _contactsLoaded;

    protected override string Key => SectionKeys.Profile;

    protected override ProfileForm ToForm(ProfileSection content) => new()
    {
        BusinessModel = content.BusinessModel,
        ProductsAndServices = content.ProductsAndServices,
        Mission = content.Mission,
        Vision = content.Vision,
        Strategy = content.Strategy,
        Challenges = new ChallengesForm
        {
            Goals = TextItemForm.From(content.Challenges.Goals),
            Pressures = TextItemForm.From(content.Challenges.Pressures),
            Initiatives = TextItemForm.From(content.Challenges.Initiatives),
            Obstacles = TextItemForm.From(content.Challenges.Obstacles),
        },
        BuyingMotives = TextItemForm.From(content.BuyingMotives),
        Culture = content.Culture,
        Locations = [.. content.Locations.Select(l => new LocationForm { Id = l.Id, Name = l.Name, City = l.City, Country = l.Country, Kind = l.Kind })],
        PrimaryContactIds = [.. content.PrimaryContactIds],
    };

    protected override ProfileSection ToContent(ProfileForm form) => new()
    {
        BusinessModel = form.BusinessModel,
        ProductsAndServices = form.ProductsAndServices,
        Mission = form.Mission,
        Vision = form.Vision,
        Strategy = form.Strategy,
        Challenges = new CustomerChallenges
        {
            Goals = TextItemForm.ToItems(form.Challenges.Goals),
            Pressures = TextItemForm.ToItems(form.Challenges.Pressures),
            Initiatives = TextItemForm.ToItems(form.Challenges.Initiatives),
            Obstacles = TextItemForm.ToItems(form.Challenges.Obstacles),
        },
        BuyingMotives = TextItemForm.ToItems(form.BuyingMotives),
        Culture = form.Culture,
        // Country codes are stored as on the account (upper case), whatever the user typed.
        Locations = [.. form.Locations.Select(l => new CustomerLocation
        {
            Id = l.Id, Name = l.Name, City = l.City, Country = l.Country?.Trim().ToUpperInvariant() is { Length: > 0 } code ? code : null, Kind = l.Kind,
        })],
        PrimaryContactIds = [.. form.PrimaryContactIds],
    };

    protected override string? Resolve(string value) =>
        (int.TryParse(value, out var id) ? _contacts.FirstOrDefault(c => c.Id == id)?.FullName : null) ?? base.Resolve(value);

    protected override async Task LoadLookupsAsync(CancellationToken cancellationToken)
    {
        await using (var scope = Scopes.CreateAsyncScope())
        {
            _account = (await scope.ServiceProvider.GetRequiredService<GetAccountHandler>().HandleAsync(Plan.AccountId, User, cancellationToken)).Value;
        }

        await using (var scope = Scopes.CreateAsyncScope())
        {
            _contacts = (await scope.ServiceProvider.GetRequiredService<ListContactsHandler>().HandleAsync(Plan.AccountId, User, cancellationToken)).Value ?? [];
            _contactsLoaded = true;
        }
    }

    private static string ContactName(ContactDetails contact) =>
        string.IsNullOrWhiteSpace(contact.Title) ? contact.FullName : $"{contact.FullName} ({contact.Title})";

    /// <summary>Linked contacts that are no longer the account's: shown ticked, so the user can unlink them.</summary>
    private List<int> FormerContactIds(ProfileForm form) =>
        _contactsLoaded ? [.. form.PrimaryContactIds.Where(id => _contacts.All(c => c.Id != id))] : [];

    private void AddLocation()
    {
        Form!.Locations.Add(new LocationForm());
        // An empty new location is not saved (it could not be: it has no name yet); typing into it saves.
    }

    private void RemoveLocation(LocationForm location)
    {
        Form!.Locations.Remove(location);
        Changed();
    }
}
