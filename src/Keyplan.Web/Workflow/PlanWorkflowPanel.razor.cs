using Keyplan.Core;
using Keyplan.Core.Identity;
using Keyplan.Core.Workflow;
using Microsoft.AspNetCore.Components;

namespace Keyplan.Web.Workflow;

public sealed partial class PlanWorkflowPanel
{
    private PlanWorkflow? _workflow;
    private IReadOnlyList<SubmitterDetails>? _submitters;
    private bool _busy;
    private bool _returning;
    private bool _commentMissing;
    private string? _comment;
    private string? _message;
    private bool _failed;

    [Parameter, EditorRequired]
    public int PlanId { get; set; }

    [Parameter, EditorRequired]
    public CurrentUser User { get; set; } = default!;

    /// <summary>Raised after the plan moved, so the page shows its new status.</summary>
    [Parameter]
    public EventCallback Changed { get; set; }

    [Inject]
    private IServiceScopeFactory Scopes { get; set; } = default!;

    protected override Task OnParametersSetAsync() => _workflow?.PlanId == PlanId ? Task.CompletedTask : ReloadAsync();

    private async Task ReloadAsync()
    {
        await using var scope = Scopes.CreateAsyncScope();
        _workflow = (await scope.ServiceProvider.GetRequiredService<GetPlanWorkflowHandler>().HandleAsync(PlanId, User, CancellationToken.None)).Value;
        if (_workflow?.MayChooseSubmitters == true)
        {
            _submitters = (await scope.ServiceProvider.GetRequiredService<SubmittersHandler>().ListAsync(PlanId, User, CancellationToken.None)).Value;
        }
    }

    private async Task SetSubmitterAsync(string userId, bool canSubmit)
    {
        await using var scope = Scopes.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<SubmittersHandler>()
            .SetAsync(PlanId, userId, new SubmitterRequest(canSubmit), User, CancellationToken.None);
        _failed = result.Failure is not null;
        _message = _failed ? L["Workflow.Forbidden"] : L["Workflow.SubmitterSaved"];
        await ReloadAsync();
    }

    private static string Icon(WorkflowAction action) => action switch
    {
        WorkflowAction.Submit => "send",
        WorkflowAction.Return => "undo",
        WorkflowAction.Approve => "verified",
        _ => "edit_note",
    };

    private Task StartAsync(WorkflowAction action)
    {
        _message = null;
        if (action == WorkflowAction.Return)
        {
            _returning = true;
            return Task.CompletedTask;
        }

        return RunAsync(action, null);
    }

    private void CancelReturn()
    {
        _returning = false;
        _commentMissing = false;
    }

    private Task ReturnAsync()
    {
        _commentMissing = string.IsNullOrWhiteSpace(_comment);
        if (_commentMissing)
        {
            _failed = true;
            _message = L["Workflow.CommentRequired"];
            return Task.CompletedTask;
        }

        return RunAsync(WorkflowAction.Return, _comment);
    }

    private async Task RunAsync(WorkflowAction action, string? comment)
    {
        _busy = true;
        try
        {
            await using var scope = Scopes.CreateAsyncScope();
            var result = await scope.ServiceProvider.GetRequiredService<TransitionPlanHandler>()
                .HandleAsync(PlanId, action, new TransitionRequest { Comment = comment }, User, CancellationToken.None);
            _failed = result.Failure is not null;
            _message = result.Failure switch
            {
                null => L[$"Workflow.Succeeded.{action}"],
                Failure.Forbidden => L["Workflow.Forbidden"],
                Failure.Conflict => L["Workflow.Conflict"],
                Failure.Invalid invalid => string.Join(" ", invalid.Errors.SelectMany(e => e.Value)),
                _ => L["Common.Unexpected"],
            };
            if (result.Value is { } workflow)
            {
                _workflow = workflow;
                _returning = false;
                _comment = null;
                _commentMissing = false;
                await Changed.InvokeAsync();
            }
            else
            {
                await ReloadAsync();
            }
        }
        finally
        {
            _busy = false;
        }
    }
}
