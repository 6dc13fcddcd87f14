using Keyplan.Core;
using Keyplan.Core.Accounts;
using Keyplan.Core.Plans.Sections;
using Keyplan.Web.Accounts;
using Keyplan.Web.Components;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace Keyplan.Web.Plans.Sections;

public sealed class StakeholderForm
{
    public int? ContactId { get; set; }
    public List<BuyingCenterRole> Roles { get; init; } = [];
    public List<BuyingInfluence> BuyingInfluences { get; init; } = [];
    public int? Attitude { get; set; }
    public InfluenceLevel? Influence { get; set; }
    public RelationshipLevel? CurrentRelationship { get; set; }
    public RelationshipLevel? DesiredRelationship { get; set; }
    public ResponseMode? ResponseMode { get; set; }
    public string? PersonalWin { get; set; }
    public string? RelationshipOwnerUserId { get; set; }
    public DateOnly? LastContactDate { get; set; }
}

public sealed class BuyingCenterForm
{
    public List<StakeholderForm> Stakeholders { get; init; } = [];
}

/// <summary>
/// The buying center: the relationship map drawn from the contacts' reports-to links, the assessed stakeholders, and a
/// side panel for one person that changes the contact itself (saved at once, with its own version) and the person's
/// assessment in this plan (saved with the section).
/// </summary>
public sealed partial class BuyingCenterEditor
{
    private readonly RecordEditor<ContactInput, ContactDetails> _contact = new(c => c.Version);
    private RelationshipMap? _map;
    private ElementReference _panelHeading;
    private int? _selectedId;
    private int? _returnFocusTo;
    private bool _focusPanel;
    private int? _toAdd;
    private string? _contactMessage;
    private string? _contactStatus;

    protected override string Key => SectionKeys.BuyingCenter;

    private StakeholderForm? Selected => Form?.Stakeholders.FirstOrDefault(s => s.ContactId == _selectedId);

    private ContactDetails? SelectedContact => Contacts.FirstOrDefault(c => c.Id == _selectedId);

    /// <summary>The contacts the user can still add: everyone of the account not yet in the buying center.</summary>
    private IEnumerable<ContactDetails> Addable =>
        Contacts.Where(c => Form is null || Form.Stakeholders.All(s => s.ContactId != c.Id));

    protected override BuyingCenterForm ToForm(BuyingCenterSection content) => new()
    {
        Stakeholders = [.. content.Stakeholders.Select(s => new StakeholderForm
        {
            ContactId = s.ContactId, Roles = [.. s.Roles], BuyingInfluences = [.. s.BuyingInfluences], Attitude = s.Attitude,
            Influence = s.Influence, CurrentRelationship = s.CurrentRelationship, DesiredRelationship = s.DesiredRelationship,
            ResponseMode = s.ResponseMode, PersonalWin = s.PersonalWin, RelationshipOwnerUserId = s.RelationshipOwnerUserId,
            LastContactDate = s.LastContactDate,
        })],
    };

    protected override BuyingCenterSection ToContent(BuyingCenterForm form) => new()
    {
        Stakeholders = [.. form.Stakeholders.Select(s => new StakeholderAssessment
        {
            ContactId = s.ContactId, Roles = [.. s.Roles], BuyingInfluences = [.. s.BuyingInfluences], Attitude = s.Attitude,
            Influence = s.Influence, CurrentRelationship = s.CurrentRelationship, DesiredRelationship = s.DesiredRelationship,
            ResponseMode = s.ResponseMode, PersonalWin = s.PersonalWin, RelationshipOwnerUserId = s.RelationshipOwnerUserId,
            LastContactDate = s.LastContactDate,
        })],
    };

    /// <summary>What the map draws: the form as it is now, so a change shows before it is saved.</summary>
    private RelationshipMapLayout Layout()
    {
        var assessments = ToContent(Form!).Stakeholders
            .Where(s => s.ContactId is { } id && Contacts.Any(c => c.Id == id))
            .ToDictionary(s => s.ContactId!.Value);
        return RelationshipMapLayout.Build(Contacts, assessments);
    }

    private IReadOnlyList<InfluenceCoverage> Coverage() => BuyingInfluenceCoverage.Of(ToContent(Form!).Stakeholders);

    private string? OwnerName(string? userId) =>
        userId is null ? null : People.FirstOrDefault(p => p.UserId == userId)?.Name ?? L["Actions.FormerMember"];

    private string ContactName(int? contactId) =>
        Contacts.FirstOrDefault(c => c.Id == contactId)?.FullName ?? L["BuyingCenter.UnknownContact"];

    private void Add()
    {
        if (_toAdd is not { } id || Form!.Stakeholders.Any(s => s.ContactId == id))
        {
            return;
        }

        Form.Stakeholders.Add(new StakeholderForm { ContactId = id });
        _toAdd = null;
        Changed();
        Open(id);
    }

    private void AddSelected()
    {
        if (_selectedId is { } id && Selected is null)
        {
            Form!.Stakeholders.Add(new StakeholderForm { ContactId = id });
            Changed();
        }
    }

    private void Remove(StakeholderForm stakeholder)
    {
        Form!.Stakeholders.Remove(stakeholder);
        if (stakeholder.ContactId == _selectedId)
        {
            Close();
        }

        Changed();
    }

    private void Open(int contactId)
    {
        _selectedId = contactId;
        _contactMessage = null;
        _contactStatus = null;
        _returnFocusTo = contactId;
        _focusPanel = true;
        if (SelectedContact is { } contact)
        {
            _contact.Open(contact, ContactInput.From(contact));
        }
        else
        {
            _contact.Close();
        }
    }

    private void Close()
    {
        _selectedId = null;
        _contact.Close();
    }

    private void OnPanelKeyDown(KeyboardEventArgs e)
    {
        if (e.Key == "Escape")
        {
            Close();
        }
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (_focusPanel && _selectedId is not null)
        {
            _focusPanel = false;
            await _panelHeading.FocusAsync();
        }
        else if (_selectedId is null && _returnFocusTo is { } id && _map is not null)
        {
            // Back to the person the panel was about, so keyboard users continue where they were.
            _returnFocusTo = null;
            await _map.FocusAsync(id);
        }
    }

    /// <summary>Everyone but the person and their reports: picking one of those would make a cycle.</summary>
    private IEnumerable<ContactDetails> ManagerOptions(int contactId)
    {
        var excluded = ContactHierarchy.ReportsOf(Contacts, contactId);
        excluded.Add(contactId);
        return Contacts.Where(c => !excluded.Contains(c.Id));
    }

    private Task SaveContactAsync() => SaveContactWithAsync(overwrite: false);

    private Task OverwriteContactAsync() => SaveContactWithAsync(overwrite: true);

    private async Task DiscardContactAsync()
    {
        var id = _selectedId;
        await LoadContactsAsync(CancellationToken.None);
        if (id is { } contactId)
        {
            Open(contactId);
        }
    }

    private async Task SaveContactWithAsync(bool overwrite)
    {
        if (_contact.Editing is not { } editing)
        {
            return;
        }

        _contactStatus = null;
        _contactMessage = null;
        var failure = await _contact.SaveAsync(
            async version =>
            {
                await using var scope = Scopes.CreateAsyncScope();
                return (await scope.ServiceProvider.GetRequiredService<UpdateContactHandler>()
                    .HandleAsync(Plan.AccountId, editing.Id, version!.Value, _contact.Input!, User, CancellationToken.None)).Failure;
            },
            overwrite);
        switch (failure)
        {
            case null:
                await LoadContactsAsync(CancellationToken.None);
                if (SelectedContact is { } saved)
                {
                    _contact.Open(saved, ContactInput.From(saved));
                }

                _contactStatus = L["BuyingCenter.ContactUpdated", editing.FullName];
                break;
            case Failure.Invalid:
                _contactMessage = L["BuyingCenter.ContactInvalid"];
                break;
            case Failure.Stale:
                break;
            case Failure.Forbidden:
                _contactMessage = L["BuyingCenter.ContactForbidden"];
                break;
            case Failure.NotFound:
                await LoadContactsAsync(CancellationToken.None);
                _contactMessage = L["Contact.Gone"];
                _contact.Close();
                break;
            default:
                _contactMessage = L["Common.Unexpected"];
                break;
        }
    }
}
