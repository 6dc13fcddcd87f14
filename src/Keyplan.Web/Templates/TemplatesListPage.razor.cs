using Keyplan.Core;
using Keyplan.Core.Identity;
using Keyplan.Core.Plans.Templates;
using Keyplan.Web.Auth;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace Keyplan.Web.Templates;

/// <summary>Administrators: the plan templates with their version and use; copying one starts a new template.</summary>
public sealed partial class TemplatesListPage
{
    private IReadOnlyList<TemplateListItem>? _templates;
    private CurrentUser _user = default!;
    private bool _forbidden;
    private TemplateListItem? _copyFrom;
    private string _copyName = string.Empty;
    private string? _copyError;
    private bool _saving;

    [Inject]
    private IServiceScopeFactory Scopes { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        _user = (await AuthenticationState).User.ToCurrentUser();
        if (!_user.IsInRole(Roles.Administrator))
        {
            _forbidden = true;
            return;
        }

        await using var scope = Scopes.CreateAsyncScope();
        _templates = await scope.ServiceProvider.GetRequiredService<ListTemplatesHandler>().HandleAsync(_user, CancellationToken.None);
    }

    private void StartCopy(TemplateListItem template)
    {
        _copyFrom = template;
        _copyName = string.Empty;
        _copyError = null;
    }

    private async Task CopyAsync()
    {
        _saving = true;
        try
        {
            await using var scope = Scopes.CreateAsyncScope();
            var result = await scope.ServiceProvider.GetRequiredService<CopyTemplateHandler>()
                .HandleAsync(new CopyTemplateRequest { SourceId = _copyFrom!.Id, Name = _copyName }, _user, CancellationToken.None);
            switch (result.Failure)
            {
                case null:
                    Navigation.NavigateTo($"templates/{result.Value!.Id}");
                    break;
                case Failure.Invalid invalid:
                    _copyError = string.Join(" ", invalid.Errors.SelectMany(e => e.Value));
                    break;
                default:
                    _copyError = L["Common.Forbidden"];
                    break;
            }
        }
        finally
        {
            _saving = false;
        }
    }
}
