using System.Globalization;
using Keyplan.Core.Identity;
using Keyplan.Core.Plans;
using Keyplan.Core.Plans.Sections;
using Keyplan.Web.Auth;
using Keyplan.Web.Plans.Sections;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace Keyplan.Web.Plans;

/// <summary>One section of a plan: the six-step navigation on the left, the section's autosaving form on the right.</summary>
public sealed partial class PlanSectionPage
{
    /// <summary>The form of each section that has one; the navigation lists exactly these (<see cref="PlanText.EditableSections"/>).</summary>
    private static readonly Dictionary<string, Type> Editors = new(StringComparer.OrdinalIgnoreCase)
    {
        [SectionKeys.Summary] = typeof(SummaryEditor),
        [SectionKeys.Swot] = typeof(SwotEditor),
        [SectionKeys.Objectives] = typeof(ObjectivesEditor),
        [SectionKeys.Actions] = typeof(ActionsEditor),
        [SectionKeys.Visits] = typeof(VisitsEditor),
        [SectionKeys.Budget] = typeof(BudgetEditor),
        [SectionKeys.Kpis] = typeof(KpisEditor),
        [SectionKeys.Decisions] = typeof(DecisionsEditor),
        [SectionKeys.Communication] = typeof(CommunicationEditor),
        [SectionKeys.BuyingCenter] = typeof(BuyingCenterEditor),
        [SectionKeys.Potential] = typeof(PotentialEditor),
        [SectionKeys.Strategy] = typeof(StrategyEditor),
        [SectionKeys.ValueOffering] = typeof(ValueOfferingEditor),
    };

    private PlanPageState? _state;
    private CurrentUser _user = default!;
    private string? _key;
    private Type? _editor;
    private string? _title;
    private string? _updatedBy;
    private bool _notFound;

    [Parameter]
    public int Id { get; set; }

    [Parameter]
    public string Key { get; set; } = string.Empty;

    [Inject]
    private IServiceScopeFactory Scopes { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    protected override async Task OnParametersSetAsync()
    {
        // Sections link to each other (objectives to the top risks), so each section starts from the current plan.
        if (_state?.Plan?.Id != Id || !string.Equals(_key, Key, StringComparison.OrdinalIgnoreCase))
        {
            _user = (await AuthenticationState).User.ToCurrentUser();
            var state = new PlanPageState(Scopes);
            await state.LoadAsync(Id, _user);
            _state = state;
        }

        var section = _state.Plan?.Sections.FirstOrDefault(s => string.Equals(s.Key, Key, StringComparison.OrdinalIgnoreCase));
        _notFound = section is null || !Editors.ContainsKey(section.Key);
        if (_state.NotFound || _notFound)
        {
            Navigation.NotFound();
            return;
        }

        _key = section!.Key;
        _editor = Editors[_key];
        _title = PlanText.SectionTitle(_key);
        _updatedBy = section.UpdatedByName is { } name
            ? L["Plan.SectionUpdatedBy", name, section.UpdatedAt.ToLocalTime().ToString("g", CultureInfo.CurrentCulture)].Value
            : null;
    }

    private Dictionary<string, object?> EditorParameters(PlanDetails plan) => new()
    {
        ["Plan"] = plan,
        ["User"] = _user,
        ["Saved"] = EventCallback.Factory.Create(this, () => _state!.RefreshCompletenessAsync(_user)),
    };
}
