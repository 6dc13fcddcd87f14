using System.Globalization;
using Keyplan.Core;
using Keyplan.Core.Identity;
using Keyplan.Core.Selection;
using Microsoft.AspNetCore.Components;
using Radzen;

namespace Keyplan.Web.Selection;

/// <summary>The account's selection-matrix ratings: each criterion with its levels, the current rating and who gave it.</summary>
public sealed partial class AccountRatings
{
    private readonly Dictionary<int, int> _pending = [];
    private AccountRatingsDetails? _ratings;
    private string? _message;
    private bool _saving;

    [Parameter, EditorRequired]
    public int AccountId { get; set; }

    [Parameter, EditorRequired]
    public CurrentUser User { get; set; } = default!;

    [Inject]
    private IServiceScopeFactory Scopes { get; set; } = default!;

    [Inject]
    private NotificationService Notifications { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        await using var scope = Scopes.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<GetAccountRatingsHandler>().HandleAsync(AccountId, User, CancellationToken.None);
        _ratings = result.Value;
    }

    private int? Selected(CriterionRating row) => _pending.TryGetValue(row.Criterion.Id, out var value) ? value : row.Current?.Value;

    private async Task SaveAsync()
    {
        _saving = true;
        try
        {
            var input = new RateAccountInput
            {
                Ratings = [.. _pending.Select(p => new RatingInput { CriterionId = p.Key, Value = p.Value })],
            };
            await using var scope = Scopes.CreateAsyncScope();
            var result = await scope.ServiceProvider.GetRequiredService<RateAccountHandler>().HandleAsync(AccountId, input, User, CancellationToken.None);
            switch (result.Failure)
            {
                case null:
                    _ratings = result.Value;
                    _pending.Clear();
                    _message = null;
                    Notifications.Notify(NotificationSeverity.Success, L["Ratings.Saved"]);
                    break;
                case Failure.Forbidden:
                    _message = L["Common.Forbidden"];
                    break;
                default:
                    // A criterion removed by an administrator meanwhile; reload shows the current criteria.
                    _message = L["Ratings.Outdated"];
                    _pending.Clear();
                    await OnInitializedAsync();
                    break;
            }
        }
        finally
        {
            _saving = false;
        }
    }

    private static string Score(decimal? score) => score?.ToString("0.00", CultureInfo.CurrentCulture) ?? "–";
}
