using System.Globalization;
using Keyplan.Core.Accounts;
using Keyplan.Core.Organisation;
using Keyplan.Core.Plans.Sections;
using Keyplan.Web.Components;

namespace Keyplan.Web.Plans.Sections;

public sealed class SalesCostForm
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public CostCategory Category { get; set; }
    public string? Description { get; set; }
    public decimal? Amount { get; set; }
}

public sealed class RevenueTargetForm
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public int? ProductGroupId { get; set; }
    public decimal? Amount { get; set; }
}

public sealed class BudgetForm
{
    public List<RevenueTargetForm> RevenueTargets { get; init; } = [];
    public List<SalesCostForm> OtherCosts { get; init; } = [];
    public decimal? PlannedContributionMargin { get; set; }
}

public sealed partial class BudgetEditor
{
    private IReadOnlyList<PlanAction> _actions = [];
    private List<LookupItem<int>> _productGroups = [];
    private string _currency = OrganisationSettings.DefaultCurrency;

    protected override string Key => SectionKeys.Budget;

    /// <summary>Recomputed on every render, so the totals follow what the KAM types.</summary>
    private BudgetTotals Totals => BudgetTotals.Compute(
        _actions, Form?.OtherCosts.Select(c => (c.Category, c.Amount)) ?? [], Form?.PlannedContributionMargin);

    protected override BudgetForm ToForm(BudgetSection content) => new()
    {
        PlannedContributionMargin = content.PlannedContributionMargin,
        OtherCosts = [.. content.OtherCosts.Select(c => new SalesCostForm { Id = c.Id, Category = c.Category, Description = c.Description, Amount = c.Amount })],
        RevenueTargets = [.. content.RevenueTargets.Select(t => new RevenueTargetForm { Id = t.Id, ProductGroupId = t.ProductGroupId, Amount = t.Amount })],
    };

    protected override BudgetSection ToContent(BudgetForm form) => new()
    {
        PlannedContributionMargin = form.PlannedContributionMargin,
        OtherCosts = [.. form.OtherCosts.Select(c => new SalesCost { Id = c.Id, Category = c.Category, Description = c.Description, Amount = c.Amount })],
        RevenueTargets = [.. form.RevenueTargets.Select(t => new RevenueTarget { Id = t.Id, ProductGroupId = t.ProductGroupId, Amount = t.Amount })],
    };

    protected override async Task LoadLookupsAsync(CancellationToken cancellationToken)
    {
        // The costs of the actions are read from the action plan each time the page opens, never stored here.
        _actions = (Plan.Sections.FirstOrDefault(s => s.Key == SectionKeys.Actions)?.Content as ActionsSection)?.Actions ?? [];
        await using var scope = Scopes.CreateAsyncScope();
        var account = await scope.ServiceProvider.GetRequiredService<GetAccountHandler>().HandleAsync(Plan.AccountId, User, cancellationToken);
        _currency = account.Value?.Currency ?? _currency;
        _productGroups = await scope.ServiceProvider.GetRequiredService<LookupsHandler>().ProductGroupsAsync(cancellationToken);
    }

    private string Amount(decimal? amount) => amount is { } value ? Money.Format(value, _currency) : "–";

    private string ShareOfMargin(decimal amount) =>
        Totals.PlannedContributionMargin is { } margin && margin > 0 ? (amount / margin).ToString("P1", CultureInfo.CurrentCulture) : "–";

    private string ActionTitle(ActionCost action) => string.IsNullOrWhiteSpace(action.Title) ? L["Budget.UntitledAction"] : action.Title;

    private void Add()
    {
        Form!.OtherCosts.Add(new SalesCostForm());
        // An empty new line is not saved (it could not be: it has no amount yet); entering one saves.
    }

    private decimal TargetsTotal => Form?.RevenueTargets.Sum(t => t.Amount ?? 0) ?? 0;

    private void AddTarget() => Form!.RevenueTargets.Add(new RevenueTargetForm());

    private void RemoveTarget(RevenueTargetForm target)
    {
        Form!.RevenueTargets.Remove(target);
        Changed();
    }

    private void Remove(SalesCostForm cost)
    {
        Form!.OtherCosts.Remove(cost);
        Changed();
    }
}
