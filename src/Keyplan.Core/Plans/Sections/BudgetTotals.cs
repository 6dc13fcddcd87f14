namespace Keyplan.Core.Plans.Sections;

/// <summary>One action of the action plan that has a cost; cancelled actions are shown but not counted.</summary>
public sealed record ActionCost(Guid ActionId, string? Title, ActionStatus Status, decimal Cost)
{
    public bool Counted => Status != ActionStatus.Cancelled;
}

/// <summary>
/// The budget and cost plan in figures (SPEC §2, 14): the cost of the actions, summed from the action plan rather than
/// copied, plus the other sales costs, against the planned contribution margin.
/// </summary>
public sealed record BudgetTotals(
    IReadOnlyList<ActionCost> Actions,
    decimal ActionCosts,
    IReadOnlyDictionary<CostCategory, decimal> OtherCostsByCategory,
    decimal OtherCosts,
    decimal? PlannedContributionMargin)
{
    public decimal Total => ActionCosts + OtherCosts;

    /// <summary>All sales costs as a share (0–1) of the planned margin; null while there is no positive margin to compare with.</summary>
    public decimal? ShareOfMargin => PlannedContributionMargin is { } margin && margin > 0 ? Total / margin : null;

    /// <summary>What is left of the planned margin after the sales costs; null without a planned margin.</summary>
    public decimal? MarginAfterCosts => PlannedContributionMargin - Total;

    /// <param name="actions">The actions of the plan's action plan; those without a cost are left out.</param>
    /// <param name="otherCosts">The other sales cost lines; lines without an amount count as nothing.</param>
    public static BudgetTotals Compute(
        IEnumerable<PlanAction> actions, IEnumerable<(CostCategory Category, decimal? Amount)> otherCosts, decimal? plannedContributionMargin)
    {
        var costed = actions.Where(a => a.Cost is not null).Select(a => new ActionCost(a.Id, a.Title, a.Status, a.Cost!.Value)).ToList();
        var lines = otherCosts.Where(c => c.Amount is not null).ToList();
        var byCategory = lines.GroupBy(c => c.Category).OrderBy(g => g.Key).ToDictionary(g => g.Key, g => g.Sum(c => c.Amount!.Value));
        return new BudgetTotals(
            costed,
            costed.Where(a => a.Counted).Sum(a => a.Cost),
            byCategory,
            byCategory.Values.Sum(),
            plannedContributionMargin);
    }

    public static BudgetTotals Compute(ActionsSection? actions, BudgetSection budget) =>
        Compute(actions?.Actions ?? [], budget.OtherCosts.Select(c => (c.Category, c.Amount)), budget.PlannedContributionMargin);
}
