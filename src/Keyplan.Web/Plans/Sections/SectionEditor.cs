using Keyplan.Core;
using Keyplan.Core.Identity;
using Keyplan.Core.Plans;
using Keyplan.Core.Plans.Sections;
using Keyplan.Core.Plans.Templates;
using Keyplan.Web.Components;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.AspNetCore.Components.Routing;
using Microsoft.Extensions.Localization;

namespace Keyplan.Web.Plans.Sections;

public enum SaveState
{
    /// <summary>Nothing changed since the section was loaded.</summary>
    Idle,

    /// <summary>Changed; the save follows shortly.</summary>
    Pending,
    Saving,
    Saved,
    Failed,

    /// <summary>Someone else saved the section first; autosave stops until the user decides.</summary>
    Conflict,
}

/// <summary>What <see cref="SectionEditorFrame"/> shows around a section form.</summary>
public interface ISectionEditor
{
    EditContext? EditContext { get; }
    ServerValidation? Validation { get; }
    SaveState State { get; }
    string? StateMessage { get; }
    bool CanEdit { get; }
    bool HasUnsavedChanges { get; }
    IReadOnlyList<SectionChange>? Conflict { get; }
    string? ConflictBy { get; }

    /// <summary>The custom fields the plan's template version adds to the section; shown below the form.</summary>
    IReadOnlyList<CustomFieldDefinition> CustomFieldDefinitions { get; }

    /// <summary>A custom field's stored (invariant) value.</summary>
    string? CustomFieldValue(string id);

    /// <summary>Sets a custom field's value (invariant text, or null to clear it) and saves like any other change.</summary>
    void SetCustomField(string id, string? value);

    /// <summary>The server's messages for a custom field.</summary>
    IReadOnlyList<string> CustomFieldErrors(string id);

    Task FlushAsync();
    Task KeepMineAsync();
    Task TakeTheirsAsync();
    Task OnNavigatingAsync(LocationChangingContext context);
}

/// <summary>
/// The section editor framework. It loads a section, lets the concrete form edit a mutable copy (<typeparamref name="TForm"/>,
/// whose property names follow the API's field paths, so server messages land at the fields), and saves automatically:
/// 1.5 s after the last change, when a field loses focus and before the user leaves the page. A conflicting save stops
/// autosave and shows what the other person changed; the user keeps theirs or takes the other version.
/// </summary>
public abstract class SectionEditor<TContent, TForm> : ComponentBase, ISectionEditor, IAsyncDisposable
    where TContent : SectionContent
    where TForm : class
{
    private static readonly TimeSpan Delay = TimeSpan.FromSeconds(1.5);

    private CancellationTokenSource? _debounce;
    private TContent? _baseline;
    private TContent? _theirs;
    private int _version;
    private int _theirVersion;
    private int _changes;
    private Dictionary<string, string?> _customFields = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string[]> _customFieldErrors = new(StringComparer.Ordinal);
    private bool _saving;
    private bool _disposed;

    [Parameter, EditorRequired]
    public PlanDetails Plan { get; set; } = default!;

    [Parameter, EditorRequired]
    public CurrentUser User { get; set; } = default!;

    /// <summary>Called after every successful save, e.g. to refresh the completeness.</summary>
    [Parameter]
    public EventCallback Saved { get; set; }

    [Inject]
    protected IServiceScopeFactory Scopes { get; set; } = default!;

    [Inject]
    private IStringLocalizer<SharedResource> Localizer { get; set; } = default!;

    /// <summary>The autosave delay runs on this clock, so tests can move time instead of waiting.</summary>
    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    /// <summary>The section key, one of <see cref="SectionKeys"/>.</summary>
    protected abstract string Key { get; }

    /// <summary>The form's mutable copy of the content; null until loaded.</summary>
    protected TForm? Form { get; private set; }

    public EditContext? EditContext { get; private set; }
    public ServerValidation? Validation { get; private set; }
    public SaveState State { get; private set; }
    public string? StateMessage { get; private set; }
    public bool CanEdit => Plan.CanEdit;
    public bool HasUnsavedChanges => State is SaveState.Pending or SaveState.Saving or SaveState.Failed or SaveState.Conflict;
    public IReadOnlyList<SectionChange>? Conflict { get; private set; }
    public IReadOnlyList<CustomFieldDefinition> CustomFieldDefinitions { get; private set; } = [];
    public string? ConflictBy { get; private set; }

    protected abstract TForm ToForm(TContent content);

    protected abstract TContent ToContent(TForm form);

    /// <summary>Names for linked values in the conflict view (contacts, users).</summary>
    protected virtual string? Resolve(string value) =>
        EnumTypes.FirstOrDefault(t => Enum.GetNames(t).Contains(value, StringComparer.Ordinal)) is { } type
            ? Localizer[$"Enum.{type.Name}.{value}"].Value
            : null;

    private static readonly Type[] EnumTypes =
        [typeof(ObjectiveMeasure), typeof(ActionStatus), typeof(VisitKind), typeof(VisitStatus), typeof(RelationshipStage), typeof(LocationKind),
            typeof(MarketPosition), typeof(PricePositioning),
            typeof(CostCategory), typeof(KpiStatus), typeof(DecisionRequestKind), typeof(DecisionOutcome), typeof(CommunicationAudience),
            typeof(CommunicationForm), typeof(CommunicationFrequency),
            typeof(BuyingCenterRole), typeof(BuyingInfluence), typeof(InfluenceLevel), typeof(RelationshipLevel), typeof(ResponseMode),
            typeof(WhitespaceState), typeof(SalesChannel), typeof(ServiceStatus), typeof(CommitmentParty), typeof(CommitmentStatus)];

    /// <summary>Loads what the form offers to choose from (contacts, revenue rows), each in its own scope.</summary>
    protected virtual Task LoadLookupsAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    protected override async Task OnInitializedAsync()
    {
        await using (var scope = Scopes.CreateAsyncScope())
        {
            var result = await scope.ServiceProvider.GetRequiredService<GetSectionHandler>().HandleAsync(Plan.Id, Key, User, CancellationToken.None);
            if (result.Value is not { } section)
            {
                State = SaveState.Failed;
                StateMessage = Localizer["Save.Gone"];
                return;
            }

            CustomFieldDefinitions = section.CustomFieldDefinitions;
            Edit((TContent)section.Content, section.Version);
        }

        await LoadLookupsAsync(CancellationToken.None);
    }

    /// <summary>
    /// Loads the stored section again, for forms whose section was changed by an action outside the form (a decision
    /// request submitted or decided writes into it); whatever the form had is saved already, as the action waits for that.
    /// </summary>
    protected async Task ReloadAsync()
    {
        await using var scope = Scopes.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<GetSectionHandler>().HandleAsync(Plan.Id, Key, User, CancellationToken.None);
        if (result.Value is { } section)
        {
            Edit((TContent)section.Content, section.Version);
        }
    }

    /// <summary>Forms call this after changes that are no field edit: adding, removing or moving an item.</summary>
    protected void Changed()
    {
        if (!CanEdit || Form is null)
        {
            return;
        }

        _changes++;
        if (State == SaveState.Conflict)
        {
            // Autosave waits for the user's decision; the comparison follows their edits.
            Conflict = SectionDiff.Compare(_baseline!, _theirs!, CurrentContent(), Resolve);
            return;
        }

        State = SaveState.Pending;
        _debounce?.Cancel();
        _debounce?.Dispose();
        _debounce = new CancellationTokenSource();
        _ = SaveLaterAsync(_debounce.Token);
    }

    public string? CustomFieldValue(string id) => _customFields.GetValueOrDefault(id);

    public IReadOnlyList<string> CustomFieldErrors(string id) => _customFieldErrors.GetValueOrDefault(id) ?? [];

    public void SetCustomField(string id, string? value)
    {
        _customFields[id] = string.IsNullOrEmpty(value) ? null : value;
        _customFieldErrors.Remove(id);
        Changed();
    }

    /// <summary>The form's content with the custom field values, which the base keeps so that every form has them.</summary>
    private TContent CurrentContent()
    {
        var values = _customFields.Where(v => !string.IsNullOrEmpty(v.Value)).ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal);
        return (TContent)((SectionContent)ToContent(Form!) with { CustomFields = values.Count > 0 ? values : null });
    }

    /// <summary>Shows the server's messages: custom fields' at the custom field, the rest at the form's fields.</summary>
    private void ShowInvalid(Failure.Invalid invalid)
    {
        const string prefix = CustomFieldRules.Path + ".";
        _customFieldErrors.Clear();
        foreach (var (path, messages) in invalid.Errors.Where(e => e.Key.StartsWith(prefix, StringComparison.Ordinal)))
        {
            _customFieldErrors[path[prefix.Length..]] = messages;
        }

        Validation?.Show(new Failure.Invalid(invalid.Errors.Where(e => !e.Key.StartsWith(prefix, StringComparison.Ordinal))
            .ToDictionary(e => e.Key, e => e.Value)));
    }

    /// <summary>A checkbox of a group was ticked or cleared: adds or removes its value, and saves.</summary>
    protected void Toggle<TValue>(List<TValue> values, TValue value, ChangeEventArgs e)
    {
        values.Remove(value);
        if (e.Value is true)
        {
            values.Add(value);
        }

        Changed();
    }

    /// <summary>Saves a pending change now: when a field loses focus or the user leaves.</summary>
    public async Task FlushAsync()
    {
        if (State == SaveState.Pending)
        {
            _debounce?.Cancel();
            await SaveAsync(_version);
        }
    }

    public Task KeepMineAsync()
    {
        _version = _theirVersion;
        Conflict = null;
        State = SaveState.Pending;
        return SaveAsync(_version);
    }

    public Task TakeTheirsAsync()
    {
        Edit(_theirs!, _theirVersion);
        State = SaveState.Saved;
        return Task.CompletedTask;
    }

    /// <summary>Before leaving for another page of the app, the last change is saved.</summary>
    public Task OnNavigatingAsync(LocationChangingContext context) => FlushAsync();

    private void Edit(TContent content, int version)
    {
        if (EditContext is not null)
        {
            EditContext.OnFieldChanged -= OnFieldChanged;
        }

        Validation?.Dispose();
        _baseline = content;
        _customFields = content.CustomFields?.ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal) ?? new(StringComparer.Ordinal);
        _customFieldErrors.Clear();
        _version = version;
        _theirs = null;
        Conflict = null;
        ConflictBy = null;
        Form = ToForm(content);
        EditContext = new EditContext(Form);
        EditContext.OnFieldChanged += OnFieldChanged;
        Validation = new ServerValidation(EditContext);
    }

    private void OnFieldChanged(object? sender, FieldChangedEventArgs e) => Changed();

    private async Task SaveLaterAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(Delay, Clock, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        await InvokeAsync(() => SaveAsync(_version));
    }

    private async Task SaveAsync(int version)
    {
        if (_saving || Form is null || State is not SaveState.Pending)
        {
            return;
        }

        _saving = true;
        var changesAtStart = _changes;
        State = SaveState.Saving;
        if (!_disposed)
        {
            StateHasChanged();
        }

        var content = CurrentContent();
        try
        {
            await using var scope = Scopes.CreateAsyncScope();
            var result = await scope.ServiceProvider.GetRequiredService<UpdateSectionHandler>()
                .HandleAsync(Plan.Id, Key, version, content, User, CancellationToken.None);
            switch (result.Failure)
            {
                case null:
                    _version = result.Value!.Version;
                    _baseline = (TContent)result.Value.Content;
                    Validation?.Clear();
                    _customFieldErrors.Clear();
                    StateMessage = null;
                    State = _changes == changesAtStart ? SaveState.Saved : SaveState.Pending;
                    if (!_disposed)
                    {
                        await Saved.InvokeAsync();
                    }

                    break;
                case Failure.Invalid invalid:
                    ShowInvalid(invalid);
                    Fail(Localizer["Save.Invalid"]);
                    break;
                case Failure.Stale:
                    await LoadTheirsAsync(content);
                    break;
                case Failure.Forbidden:
                    Fail(Localizer["Common.Forbidden"]);
                    break;
                case Failure.NotFound:
                    Fail(Localizer["Save.Gone"]);
                    break;
                default:
                    Fail(Localizer["Common.Unexpected"]);
                    break;
            }
        }
        finally
        {
            _saving = false;
        }

        if (State == SaveState.Pending)
        {
            // Edits made while saving go in the next save, also when the user has left the page meanwhile: leaving
            // could not save them itself while this save was running.
            await SaveAsync(_version);
        }

        if (!_disposed)
        {
            StateHasChanged();
        }
    }

    private void Fail(string message)
    {
        State = SaveState.Failed;
        StateMessage = message;
    }

    private async Task LoadTheirsAsync(TContent yours)
    {
        await using var scope = Scopes.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<GetSectionHandler>().HandleAsync(Plan.Id, Key, User, CancellationToken.None);
        if (result.Value is not { } theirs)
        {
            Fail(Localizer["Save.Gone"]);
            return;
        }

        _theirs = (TContent)theirs.Content;
        _theirVersion = theirs.Version;
        ConflictBy = theirs.UpdatedByName;
        Conflict = SectionDiff.Compare(_baseline!, _theirs, yours, Resolve);
        State = SaveState.Conflict;
        StateMessage = Localizer["Save.Conflict"];
    }

    public async ValueTask DisposeAsync()
    {
        if (State == SaveState.Pending)
        {
            // Leaving by closing the editor (not a link): what was typed is still saved.
            _debounce?.Cancel();
            _disposed = true;
            await SaveAsync(_version);
        }

        _disposed = true;
        _debounce?.Cancel();
        _debounce?.Dispose();
        if (EditContext is not null)
        {
            EditContext.OnFieldChanged -= OnFieldChanged;
        }

        Validation?.Dispose();
        GC.SuppressFinalize(this);
    }
}
