using System.Globalization;
using Keyplan.Core.Accounts;
using Keyplan.Core.Plans.Sections;
using Keyplan.Web.Components;

namespace Keyplan.Web.Plans.Sections;

/// <summary>One row of the history table: the customer's total purchase volume in our categories in one year.</summary>
public sealed class PurchaseVolumeForm
{
    public int? Year { get; set; }
    public decimal? Amount { get; set; }
}

/// <summary>The history section as the form edits it; property names follow the API ("purchaseVolumes[0].amount").</summary>
public sealed class HistoryForm
{
    /// <summary>Every year the table shows, newest first, with or without an amount.</summary>
    public List<PurchaseVolumeForm> Years { get; init; } = [];

    /// <summary>The years with an amount, in the order they are saved, so server messages by index land at the right row.</summary>
    public List<PurchaseVolumeForm> PurchaseVolumes => [.. Years.Where(y => y.Amount is not null)];

    public int? CustomerSinceYear { get; set; }
    public int? Closeness { get; set; }
    public RelationshipStage? Stage { get; set; }
    public decimal? SatisfactionScore { get; set; }
    public string? SatisfactionSource { get; set; }
    public List<DatedItemForm> KeyEvents { get; init; } = [];
}

public sealed partial class HistoryEditor
{
    private IReadOnlyList<RevenueDetails> _revenue = [];
    private string? _currency;

    protected override string Key => SectionKeys.History;

    /// <summary>The last full year before the plan period: the one a KAM most needs to fill in.</summary>
    private int LastFullYear => Plan.PeriodStart.Year - 1;

    private IReadOnlyList<WalletYear> Table => ShareOfWallet.Years(_revenue, Form!.Years.Select(y => (y.Year, y.Amount)));

    protected override HistoryForm ToForm(HistorySection content)
    {
        var form = new HistoryForm
        {
            Years = [.. content.PurchaseVolumes.Select(v => new PurchaseVolumeForm { Year = v.Year, Amount = v.Amount })],
            CustomerSinceYear = content.CustomerSinceYear,
            Closeness = content.Closeness,
            Stage = content.Stage,
            SatisfactionScore = content.SatisfactionScore,
            SatisfactionSource = content.SatisfactionSource,
            KeyEvents = DatedItemForm.From(content.KeyEvents),
        };
        AddMissingYears(form);
        return form;
    }

    protected override HistorySection ToContent(HistoryForm form) => new()
    {
        PurchaseVolumes = [.. form.PurchaseVolumes.Select(v => new PurchaseVolume { Year = v.Year, Amount = v.Amount })],
        CustomerSinceYear = form.CustomerSinceYear,
        Closeness = form.Closeness,
        Stage = form.Stage,
        SatisfactionScore = form.SatisfactionScore,
        SatisfactionSource = form.SatisfactionSource,
        KeyEvents = DatedItemForm.ToItems(form.KeyEvents),
    };

    protected override async Task LoadLookupsAsync(CancellationToken cancellationToken)
    {
        await using (var scope = Scopes.CreateAsyncScope())
        {
            var revenue = (await scope.ServiceProvider.GetRequiredService<ListRevenueHandler>().HandleAsync(Plan.AccountId, User, cancellationToken)).Value ?? [];
            // Rows for the revenue years come with the revenue, so the table never shows a year without its input.
            _revenue = revenue;
            if (Form is { } form)
            {
                AddMissingYears(form);
            }
        }

        await using (var scope = Scopes.CreateAsyncScope())
        {
            _currency = (await scope.ServiceProvider.GetRequiredService<GetAccountHandler>().HandleAsync(Plan.AccountId, User, cancellationToken)).Value?.Currency;
        }
    }

    /// <summary>An empty row for every year with our revenue (and the last full year), so the user can enter the volume there.</summary>
    private void AddMissingYears(HistoryForm form)
    {
        var years = ShareOfWallet.YearsToEnter(_revenue.Select(r => r.Year), form.Years.Select(y => y.Year ?? 0), LastFullYear);
        var rows = years.Select(year => form.Years.FirstOrDefault(y => y.Year == year) ?? new PurchaseVolumeForm { Year = year }).ToList();
        form.Years.Clear();
        form.Years.AddRange(rows);
    }

    private PurchaseVolumeForm Row(int year) => Form!.Years.First(y => y.Year == year);

    private void AddEarlierYear()
    {
        if (ShareOfWallet.EarlierYear([.. Form!.Years.Select(y => y.Year ?? LastFullYear)]) is { } year)
        {
            Form.Years.Add(new PurchaseVolumeForm { Year = year });
        }
    }

    private string VolumeLabel(int year) => _currency is null
        ? L["History.VolumeOfYear", year.ToString(CultureInfo.CurrentCulture)]
        : L["History.VolumeOf", year.ToString(CultureInfo.CurrentCulture), _currency];

    private string Amount(decimal? amount) => amount is { } value ? Money.Format(value, _currency ?? "EUR") : "–";

    private static string Percent(decimal? share) => share is { } value ? value.ToString("P0", CultureInfo.CurrentCulture) : "–";
}
