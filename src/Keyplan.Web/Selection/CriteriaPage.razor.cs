using Keyplan.Core;
using Keyplan.Core.Identity;
using Keyplan.Core.Selection;
using Keyplan.Web.Auth;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace Keyplan.Web.Selection;

/// <summary>
/// Administrators: the criteria leadership rates accounts on, per axis of the selection matrix, with their weight and
/// what each level 1–10 means. Changes are checked against the version read, so two administrators never overwrite each other.
/// </summary>
public sealed partial class CriteriaPage
{
    private IReadOnlyList<CriterionDetails>? _criteria;
    private CurrentUser _user = default!;
    private bool _forbidden;
    private CriterionInput? _form;
    private CriterionDetails? _editing;
    private CriterionDetails? _deleting;
    private Dictionary<string, string[]> _errors = new(StringComparer.OrdinalIgnoreCase);
    private string? _error;
    private string? _saved;
    private bool _saving;

    [Inject]
    private IServiceScopeFactory Scopes { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    private string FormTitle => _editing is null ? L["Criteria.NewTitle"] : L["Criteria.EditTitle", _editing.Name];

    protected override async Task OnInitializedAsync()
    {
        _user = (await AuthenticationState).User.ToCurrentUser();
        _forbidden = !_user.IsInRole(Roles.Administrator);
        if (!_forbidden)
        {
            await LoadAsync();
        }
    }

    private async Task LoadAsync()
    {
        await using var scope = Scopes.CreateAsyncScope();
        _criteria = await scope.ServiceProvider.GetRequiredService<ListCriteriaHandler>().HandleAsync(CancellationToken.None);
    }

    private void StartNew(CriterionGroup group)
    {
        Reset();
        _form = new CriterionInput { Group = group, LevelDescriptions = [.. Enumerable.Repeat<string?>(string.Empty, SelectionCriterion.MaxRating)] };
    }

    private void StartEdit(CriterionDetails criterion)
    {
        Reset();
        _editing = criterion;
        _form = CriterionInput.From(criterion);
    }

    private void StartDelete(CriterionDetails criterion)
    {
        Reset();
        _deleting = criterion;
    }

    private void Reset()
    {
        _form = null;
        _editing = null;
        _deleting = null;
        _errors.Clear();
        _error = null;
        _saved = null;
    }

    private async Task SaveAsync()
    {
        _saving = true;
        try
        {
            await using var scope = Scopes.CreateAsyncScope();
            var result = _editing is null
                ? await scope.ServiceProvider.GetRequiredService<CreateCriterionHandler>().HandleAsync(_form!, _user, CancellationToken.None)
                : await scope.ServiceProvider.GetRequiredService<UpdateCriterionHandler>()
                    .HandleAsync(_editing.Id, _editing.Version, _form!, _user, CancellationToken.None);
            if (await HandleAsync(result.Failure))
            {
                var name = result.Value!.Name;
                Reset();
                _saved = L["Criteria.Saved", name];
                await LoadAsync();
            }
        }
        finally
        {
            _saving = false;
        }
    }

    private async Task DeleteAsync()
    {
        _saving = true;
        try
        {
            var criterion = _deleting!;
            await using var scope = Scopes.CreateAsyncScope();
            var result = await scope.ServiceProvider.GetRequiredService<DeleteCriterionHandler>()
                .HandleAsync(criterion.Id, criterion.Version, _user, CancellationToken.None);
            if (await HandleAsync(result.Failure))
            {
                Reset();
                _saved = L["Criteria.Deleted", criterion.Name];
                await LoadAsync();
            }
        }
        finally
        {
            _saving = false;
        }
    }

    /// <summary>True on success; otherwise shows why and, if someone else changed the criteria, the current ones.</summary>
    private async Task<bool> HandleAsync(Failure? failure)
    {
        _errors.Clear();
        switch (failure)
        {
            case null:
                return true;
            case Failure.Invalid invalid:
                foreach (var (path, messages) in invalid.Errors)
                {
                    _errors[path] = messages;
                }

                _error = L["Criteria.Invalid"];
                return false;
            case Failure.Stale or Failure.NotFound:
                _error = L["Criteria.Stale"];
                _form = null;
                _editing = null;
                _deleting = null;
                await LoadAsync();
                return false;
            default:
                _error = L["Common.Forbidden"];
                return false;
        }
    }

    private string[] ErrorsAt(string path) => _errors.GetValueOrDefault(path) ?? [];

    private string? Invalid(string path) => _errors.ContainsKey(path) ? "true" : null;

    private string? Described(string path, string id) => _errors.ContainsKey(path) ? id + "-error" : null;

    private static string Weight(decimal weight) => weight.ToString("0.##", System.Globalization.CultureInfo.CurrentCulture);
}
