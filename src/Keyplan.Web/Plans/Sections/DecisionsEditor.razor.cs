using Keyplan.Core.Accounts;
using Keyplan.Core.Decisions;
using Keyplan.Core.Identity;
using Keyplan.Core.Organisation;
using Keyplan.Core.Plans.Sections;
using Microsoft.AspNetCore.Components;

namespace Keyplan.Web.Plans.Sections;

public sealed class DecisionOptionForm
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public string? Text { get; set; }
}

public sealed class DecisionRequestForm
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public string? Title { get; set; }
    public DecisionRequestKind? Kind { get; set; }
    public decimal? Amount { get; set; }
    public string? Rationale { get; set; }
    public List<DecisionOptionForm> Options { get; init; } = [];
    public string? Recommendation { get; set; }
    public DecisionOutcome Decision { get; set; }
    public DateOnly? DecisionDate { get; set; }
    public string? DeciderUserId { get; set; }
}

public sealed class DecisionsForm
{
    public List<DecisionRequestForm> Requests { get; init; } = [];
}

public sealed partial class DecisionsEditor
{
    private IReadOnlyList<PersonChoice> _deciders = [];

    // The latest submission of each request to leadership, by the request's id.
    private Dictionary<Guid, DecisionRequestDetails> _submissions = [];
    private string _currency = OrganisationSettings.DefaultCurrency;

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    protected override string Key => SectionKeys.Decisions;

    protected override DecisionsForm ToForm(DecisionsSection content) => new()
    {
        Requests = [.. content.Requests.Select(r => new DecisionRequestForm
        {
            Id = r.Id, Title = r.Title, Kind = r.Kind, Amount = r.Amount, Rationale = r.Rationale,
            Options = [.. r.Options.Select(o => new DecisionOptionForm { Id = o.Id, Text = o.Text })],
            Recommendation = r.Recommendation, Decision = r.Decision, DecisionDate = r.DecisionDate, DeciderUserId = r.DeciderUserId,
        })],
    };

    protected override DecisionsSection ToContent(DecisionsForm form) => new()
    {
        Requests = [.. form.Requests.Select(r => new DecisionRequest
        {
            Id = r.Id, Title = r.Title, Kind = r.Kind, Amount = r.Amount, Rationale = r.Rationale,
            Options = [.. r.Options.Select(o => new TextItem { Id = o.Id, Text = o.Text })],
            Recommendation = r.Recommendation, Decision = r.Decision, DecisionDate = r.DecisionDate,
            DeciderUserId = string.IsNullOrEmpty(r.DeciderUserId) ? null : r.DeciderUserId,
        })],
    };

    protected override string? Resolve(string value) => _deciders.FirstOrDefault(p => p.UserId == value)?.Name ?? base.Resolve(value);

    protected override async Task LoadLookupsAsync(CancellationToken cancellationToken)
    {
        await using var scope = Scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var account = await services.GetRequiredService<GetAccountHandler>().HandleAsync(Plan.AccountId, User, cancellationToken);
        _currency = account.Value?.Currency ?? _currency;

        // Management and the business area managers decide; the plan's own people are offered too, as a decision is
        // sometimes taken in the account team's steering meeting.
        var lookups = services.GetRequiredService<LookupsHandler>();
        var managers = new List<UserOption>();
        foreach (var role in new[] { Roles.Management, Roles.BusinessAreaManager })
        {
            managers.AddRange(await lookups.UsersInRoleAsync(role, cancellationToken));
        }

        _deciders = [.. managers.Select(m => new PersonChoice(m.Id, m.DisplayName))
            .Concat(PersonChoice.From(Plan))
            .DistinctBy(p => p.UserId, StringComparer.Ordinal)
            .OrderBy(p => p.Name, StringComparer.CurrentCulture)];
        await LoadSubmissionsAsync();
    }

    private async Task LoadSubmissionsAsync()
    {
        await using var scope = Scopes.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<DecisionRequestsHandler>().ListAsync(Plan.Id, User, CancellationToken.None);
        _submissions = (result.Value ?? []).GroupBy(r => r.ItemId).ToDictionary(g => g.Key, g => g.MaxBy(r => r.Id)!);
    }

    private DecisionRequestDetails? Submission(DecisionRequestForm request) => _submissions.GetValueOrDefault(request.Id);

    private bool IsSubmitted(DecisionRequestForm request) => _submissions.ContainsKey(request.Id);

    /// <summary>A saved request nobody is deciding now; a deferred one may be put again.</summary>
    private bool CanSubmit(DecisionRequestForm request) =>
        CanEdit && !string.IsNullOrWhiteSpace(request.Title) && State is SaveState.Saved or SaveState.Idle
        && Submission(request) is null or { Stage: DecisionStage.Decided, Outcome: DecisionOutcome.Deferred };

    private async Task<string?> SubmitAsync(DecisionRequestForm request)
    {
        await using (var scope = Scopes.CreateAsyncScope())
        {
            var result = await scope.ServiceProvider.GetRequiredService<DecisionRequestsHandler>()
                .SubmitAsync(Plan.Id, new SubmitDecisionRequest { ItemId = request.Id }, User, CancellationToken.None);
            if (result.Failure is { } failure)
            {
                return failure is Keyplan.Core.Failure.Conflict ? L["Decisions.AlreadySubmitted"] : L["Decisions.SaveFirst"];
            }
        }

        // Submitting reset the request's decision in the stored section: edit from there.
        await ReloadAsync();
        await LoadSubmissionsAsync();
        return null;
    }

    private string ItemLabel(int index) => L["Decisions.ItemLabel", index + 1];

    private void Add() => Form!.Requests.Add(new DecisionRequestForm());
    // An empty new request is not saved (it could not be: it has no title yet); typing into it saves.

    private void Remove(DecisionRequestForm request)
    {
        Form!.Requests.Remove(request);
        Changed();
    }

    private static void AddOption(DecisionRequestForm request) => request.Options.Add(new DecisionOptionForm());
    // Saved once it has a text.

    private void RemoveOption(DecisionRequestForm request, DecisionOptionForm option)
    {
        request.Options.Remove(option);
        Changed();
    }

    /// <summary>A decision taken gets today's date unless the KAM already entered one.</summary>
    private void DecisionChanged(DecisionRequestForm request, DecisionOutcome outcome)
    {
        request.Decision = outcome;
        if (outcome != DecisionOutcome.Pending && request.DecisionDate is null)
        {
            request.DecisionDate = DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime);
        }

        // The select reports the field change itself, which saves.
    }
}
