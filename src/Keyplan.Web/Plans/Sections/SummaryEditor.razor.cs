using System.Globalization;
using Keyplan.Core.Accounts;
using Keyplan.Core.Plans.Sections;
using Keyplan.Web.Components;

namespace Keyplan.Web.Plans.Sections;

public sealed class SummaryForm
{
    public string? Text { get; set; }
}

/// <summary>The key figures the summary draws from the rest of the plan.</summary>
public sealed record KeyFigures(
    int? Year, decimal? Revenue, decimal? Share, decimal? RevenueTarget, IReadOnlyList<string> Objectives, IReadOnlyList<string> TopRisks)
{
    public static readonly KeyFigures Empty = new(null, null, null, null, [], []);
}

public sealed partial class SummaryEditor
{
    private KeyFigures _figures = KeyFigures.Empty;
    private string _currency = "EUR";

    protected override string Key => SectionKeys.Summary;

    protected override SummaryForm ToForm(SummarySection content) => new() { Text = content.Text };

    protected override SummarySection ToContent(SummaryForm form) => new() { Text = form.Text };

    protected override async Task LoadLookupsAsync(CancellationToken cancellationToken)
    {
        await using var scope = Scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var revenue = (await services.GetRequiredService<ListRevenueHandler>().HandleAsync(Plan.AccountId, User, cancellationToken)).Value ?? [];
        _currency = (await services.GetRequiredService<GetAccountHandler>().HandleAsync(Plan.AccountId, User, cancellationToken)).Value?.Currency ?? _currency;
        var history = Plan.Sections.FirstOrDefault(s => s.Key == SectionKeys.History)?.Content as HistorySection;
        var swot = Plan.Sections.FirstOrDefault(s => s.Key == SectionKeys.Swot)?.Content as SwotSection;
        var objectives = (Plan.Sections.FirstOrDefault(s => s.Key == SectionKeys.Objectives)?.Content as ObjectivesSection)?.Objectives ?? [];
        var years = ShareOfWallet.Years(revenue, history?.PurchaseVolumes.Select(v => (v.Year, v.Amount)) ?? []);
        var latest = years.FirstOrDefault(y => y.OurRevenue is not null);
        // No revenue objective means no revenue target ("–"), not a target of zero.
        var revenueTargets = objectives.Where(o => o.Measure == Core.Plans.Sections.ObjectiveMeasure.Revenue && o.Target is not null)
            .Select(o => o.Target!.Value).ToList();
        var risks = (swot?.Threats ?? []).Concat(swot?.Weaknesses ?? []).ToDictionary(i => i.Id, i => i.Text ?? string.Empty);
        _figures = new KeyFigures(
            latest?.Year,
            latest?.OurRevenue,
            latest?.Share,
            revenueTargets.Count == 0 ? null : revenueTargets.Sum(),
            objectives.Select(o => o.Target is { } target ? $"{o.Title} ({target.ToString("#,##0.##", CultureInfo.CurrentCulture)} {o.Unit})" : o.Title ?? string.Empty).ToList(),
            (swot?.TopRisks ?? []).Select(t => t.ItemId is { } id ? risks.GetValueOrDefault(id) : null).OfType<string>().ToList());
    }

    private string Amount(decimal? amount) => amount is { } value ? Money.Format(value, _currency) : "–";
}
