using System.Globalization;
using Keyplan.Core.Accounts;
using Keyplan.Core.Plans.Sections;

namespace Keyplan.Web.Plans.Sections;

public sealed class MarketCompetitorForm
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public string? Name { get; set; }
    public decimal? MarketSharePercent { get; set; }
    public string? Comment { get; set; }
}

public sealed class AccountCompetitorForm
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public string? Name { get; set; }
    public decimal? ShareOfWalletPercent { get; set; }
    public string? Strengths { get; set; }
    public string? Weaknesses { get; set; }
}

/// <summary>The market section as the form edits it; property names follow the API ("ourCompetitors[0].shareOfWalletPercent").</summary>
public sealed class MarketForm
{
    public MarketPosition? MarketPosition { get; set; }
    public PricePositioning? PricePositioning { get; set; }
    public string? HowItServesCustomers { get; set; }
    public List<MarketCompetitorForm> CustomerCompetitors { get; init; } = [];
    public List<AccountCompetitorForm> OurCompetitors { get; init; } = [];
    public string? OurPosition { get; set; }
    public List<DatedItemForm> RecentSuccesses { get; init; } = [];
    public int? FitRating { get; set; }
    public string? FitComment { get; set; }
}

public sealed partial class MarketEditor
{
    /// <summary>Our own share of wallet (from the history section and the account's revenue), beside the competitors' shares.</summary>
    private WalletYear? _ourShare;

    protected override string Key => SectionKeys.Market;

    protected override MarketForm ToForm(MarketSection content) => new()
    {
        MarketPosition = content.MarketPosition,
        PricePositioning = content.PricePositioning,
        HowItServesCustomers = content.HowItServesCustomers,
        CustomerCompetitors = [.. content.CustomerCompetitors.Select(c => new MarketCompetitorForm
        {
            Id = c.Id, Name = c.Name, MarketSharePercent = c.MarketSharePercent, Comment = c.Comment,
        })],
        OurCompetitors = [.. content.OurCompetitors.Select(c => new AccountCompetitorForm
        {
            Id = c.Id, Name = c.Name, ShareOfWalletPercent = c.ShareOfWalletPercent, Strengths = c.Strengths, Weaknesses = c.Weaknesses,
        })],
        OurPosition = content.OurPosition,
        RecentSuccesses = DatedItemForm.From(content.RecentSuccesses),
        FitRating = content.FitRating,
        FitComment = content.FitComment,
    };

    protected override MarketSection ToContent(MarketForm form) => new()
    {
        MarketPosition = form.MarketPosition,
        PricePositioning = form.PricePositioning,
        HowItServesCustomers = form.HowItServesCustomers,
        CustomerCompetitors = [.. form.CustomerCompetitors.Select(c => new MarketCompetitor
        {
            Id = c.Id, Name = c.Name, MarketSharePercent = c.MarketSharePercent, Comment = c.Comment,
        })],
        OurCompetitors = [.. form.OurCompetitors.Select(c => new AccountCompetitor
        {
            Id = c.Id, Name = c.Name, ShareOfWalletPercent = c.ShareOfWalletPercent, Strengths = c.Strengths, Weaknesses = c.Weaknesses,
        })],
        OurPosition = form.OurPosition,
        RecentSuccesses = DatedItemForm.ToItems(form.RecentSuccesses),
        FitRating = form.FitRating,
        FitComment = form.FitComment,
    };

    protected override async Task LoadLookupsAsync(CancellationToken cancellationToken)
    {
        await using var scope = Scopes.CreateAsyncScope();
        var revenue = (await scope.ServiceProvider.GetRequiredService<ListRevenueHandler>().HandleAsync(Plan.AccountId, User, cancellationToken)).Value ?? [];
        var history = Plan.Sections.FirstOrDefault(s => s.Key == SectionKeys.History)?.Content as HistorySection;
        _ourShare = ShareOfWallet.Latest(ShareOfWallet.Years(revenue, history?.PurchaseVolumes.Select(v => (v.Year, v.Amount)) ?? []));
    }

    /// <summary>A percentage in the user's culture ("41 %", "12.5%"), with a decimal only where one was entered.</summary>
    private static string Percent(decimal percent) =>
        (percent / 100).ToString(decimal.Truncate(percent) == percent ? "P0" : "P1", CultureInfo.CurrentCulture);

    // Empty new items are not saved (they could not be: they have no name yet); typing into them saves.
    private void AddCustomerCompetitor() => Form!.CustomerCompetitors.Add(new MarketCompetitorForm());

    private void AddOurCompetitor() => Form!.OurCompetitors.Add(new AccountCompetitorForm());

    private void Remove<T>(List<T> items, T item)
    {
        items.Remove(item);
        Changed();
    }
}
