using System.Text.RegularExpressions;
using Keyplan.Core;
using Keyplan.Core.Identity;
using Keyplan.Core.Plans.Templates;
using Keyplan.Web.Auth;
using Keyplan.Web.Plans;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace Keyplan.Web.Templates;

/// <summary>
/// Administrators: edits a copied template (built-ins are shown read-only). Saving creates a new version; plans keep the
/// version they were created with. A save based on an older version is refused and the form keeps what was entered.
/// </summary>
public sealed partial class TemplateEditPage
{
    private readonly List<TemplateSectionForm> _sent = [];
    private Dictionary<string, string[]> _errors = [];
    private TemplateDetails? _template;
    private TemplateForm? _form;
    private CurrentUser _user = default!;
    private string? _title;
    private string? _saved;
    private string? _error;
    private bool _stale;
    private bool _forbidden;
    private bool _notFound;
    private bool _saving;

    [Parameter]
    public int Id { get; set; }

    [Inject]
    private IServiceScopeFactory Scopes { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    [GeneratedRegex(@"^sections\[(\d+)\]\.(.+)$")]
    private static partial Regex SectionPath();

    protected override async Task OnParametersSetAsync()
    {
        _user = (await AuthenticationState).User.ToCurrentUser();
        if (!_user.IsInRole(Roles.Administrator))
        {
            _forbidden = true;
            return;
        }

        var template = await LoadAsync();
        if (template is null)
        {
            _notFound = true;
            Navigation.NotFound();
            return;
        }

        Show(template);
    }

    private async Task<TemplateDetails?> LoadAsync()
    {
        await using var scope = Scopes.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<GetTemplateHandler>().HandleAsync(Id, _user, CancellationToken.None)).Value;
    }

    private void Show(TemplateDetails template)
    {
        _template = template;
        _form = TemplateForm.From(template);
        _title = L.TemplateName(template.Name, template.BuiltIn, template.BasedOn);
        _errors = [];
    }

    private static string Path(TemplateSectionForm section, int field, string property) => $"{section.Key}.customFields[{field}].{property}";

    private string[] ErrorsAt(string path) => _errors.GetValueOrDefault(path) ?? [];

    private string? Invalid(string path) => _errors.ContainsKey(path) ? "true" : null;

    private string? Described(string path, string id) => _errors.ContainsKey(path) ? id + "-error" : null;

    private static void Move(TemplateSectionForm section, int index, int by)
    {
        var field = section.Fields[index];
        section.Fields.RemoveAt(index);
        section.Fields.Insert(index + by, field);
    }

    private async Task SaveAsync()
    {
        _saving = true;
        _saved = null;
        _error = null;
        _stale = false;
        try
        {
            var previous = _template!;
            await using var scope = Scopes.CreateAsyncScope();
            var result = await scope.ServiceProvider.GetRequiredService<UpdateTemplateHandler>()
                .HandleAsync(Id, previous.Version, _form!.ToRequest(_sent), _user, CancellationToken.None);
            switch (result.Failure)
            {
                case null:
                    Show(result.Value!);
                    var keep = result.Value!.Versions.Where(v => v.Number < result.Value.Version).Sum(v => v.PlanCount);
                    _saved = L["Templates.SavedVersion", result.Value.Version, keep, previous.Version];
                    break;
                case Failure.Invalid invalid:
                    _errors = FormErrors(invalid);
                    _error = L["Templates.Invalid"];
                    break;
                case Failure.Stale stale:
                    _stale = true;
                    _error = L["Templates.Stale", stale.CurrentVersion];
                    break;
                default:
                    _error = L["Common.Forbidden"];
                    break;
            }
        }
        finally
        {
            _saving = false;
        }
    }

    /// <summary>Takes the other administrator's version; what this one entered is replaced only when they ask for it.</summary>
    private async Task LoadTheirsAsync()
    {
        if (await LoadAsync() is { } template)
        {
            Show(template);
            _error = null;
            _stale = false;
        }
    }

    /// <summary>The request names sections by their index among those switched on; the form by the section's key.</summary>
    private Dictionary<string, string[]> FormErrors(Failure.Invalid invalid) => invalid.Errors.ToDictionary(
        e => SectionPath().Match(e.Key) is { Success: true } match && int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) is var i && i < _sent.Count
            ? $"{_sent[i].Key}.{match.Groups[2].Value}"
            : e.Key,
        e => e.Value);
}
