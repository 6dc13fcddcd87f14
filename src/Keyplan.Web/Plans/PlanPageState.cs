using Keyplan.Core;
using Keyplan.Core.Identity;
using Keyplan.Core.Plans;
using Keyplan.Core.Plans.Completeness;

namespace Keyplan.Web.Plans;

/// <summary>Loads what the plan pages show around the editor: the plan and its completeness, each in its own scope.</summary>
public sealed class PlanPageState(IServiceScopeFactory scopes)
{
    public PlanDetails? Plan { get; private set; }
    public PlanCompleteness? Completeness { get; private set; }
    public bool NotFound { get; private set; }

    public async Task LoadAsync(int id, CurrentUser user)
    {
        await using (var scope = scopes.CreateAsyncScope())
        {
            var result = await scope.ServiceProvider.GetRequiredService<GetPlanHandler>().HandleAsync(id, user, CancellationToken.None);
            Plan = result.Value;
            NotFound = result.Failure is Failure.NotFound;
        }

        if (Plan is not null)
        {
            await RefreshCompletenessAsync(user);
        }
    }

    public async Task RefreshCompletenessAsync(CurrentUser user)
    {
        await using var scope = scopes.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<GetCompletenessHandler>().HandleAsync(Plan!.Id, user, CancellationToken.None);
        Completeness = result.Value;
    }
}
