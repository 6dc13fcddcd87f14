using Keyplan.Core.Accounts;
using Keyplan.Core.Plans.Sections;

namespace Keyplan.Web.Plans.Sections;

/// <summary>
/// A row of the whitespace grid: the account itself (both null), a child account, or a division named freely. Cells and
/// potentials stored with the plan's own account id belong to the account's row, so they are keyed as null.
/// </summary>
public sealed record WhitespaceRowKey(int? AccountId, string? Division)
{
    public static readonly WhitespaceRowKey Account = new(null, null);

    public static WhitespaceRowKey Of(int? accountId, string? division, int planAccountId) =>
        new(accountId == planAccountId ? null : accountId, string.IsNullOrWhiteSpace(division) ? null : division.Trim());
}

public enum WhitespaceRowKind
{
    /// <summary>The plan's account as a whole.</summary>
    Account,

    /// <summary>A child account (subsidiary).</summary>
    Subsidiary,

    /// <summary>A division or site named by the KAM.</summary>
    Division,
}

/// <param name="Name">The account's name, or the division's (with its account where the division belongs to a subsidiary).</param>
public sealed record WhitespaceRow(WhitespaceRowKey Key, string Name, WhitespaceRowKind Kind);

public sealed record WhitespaceColumn(int ProductGroupId, string Name);

/// <summary>Current revenue against potential, and the value of the open opportunities, for a cell, a row, a column or the grid.</summary>
/// <param name="RevenueWithPotential">The revenue of the cells that have a potential: what the share of potential compares.</param>
public sealed record WhitespaceFigures(decimal Revenue, decimal Potential, decimal Opportunity, decimal RevenueWithPotential = 0)
{
    public static readonly WhitespaceFigures Zero = new(0, 0, 0);

    /// <summary>
    /// How much of the potential is realised (0–1): the revenue of the cells with a potential against that potential, so
    /// that revenue where no potential was estimated does not inflate it. Null without a potential.
    /// </summary>
    public decimal? ShareOfPotential => Potential > 0 ? RevenueWithPotential / Potential : null;

    public WhitespaceFigures Add(WhitespaceFigures other) =>
        new(Revenue + other.Revenue, Potential + other.Potential, Opportunity + other.Opportunity, RevenueWithPotential + other.RevenueWithPotential);
}

/// <summary>
/// The whitespace grid of a plan: divisions × product groups, with our current revenue (from the revenue rows of the
/// latest complete year), the maximum achievable revenue (the section's potentials) and the opportunities' value,
/// per cell and summed per row, per column and overall.
/// </summary>
public sealed class WhitespaceGrid
{
    private readonly Dictionary<(WhitespaceRowKey Row, int ProductGroupId), WhitespaceFigures> _cells;

    private WhitespaceGrid(
        IReadOnlyList<WhitespaceRow> rows,
        IReadOnlyList<WhitespaceColumn> columns,
        int? revenueYear,
        Dictionary<(WhitespaceRowKey, int), WhitespaceFigures> cells)
    {
        Rows = rows;
        Columns = columns;
        RevenueYear = revenueYear;
        _cells = cells;
    }

    public IReadOnlyList<WhitespaceRow> Rows { get; }
    public IReadOnlyList<WhitespaceColumn> Columns { get; }

    /// <summary>The year the current revenue is from; null when there is no revenue before the plan's year.</summary>
    public int? RevenueYear { get; }

    public WhitespaceFigures Cell(WhitespaceRowKey row, int productGroupId) => _cells.GetValueOrDefault((row, productGroupId), WhitespaceFigures.Zero);

    public WhitespaceFigures RowTotal(WhitespaceRowKey row) =>
        Columns.Aggregate(WhitespaceFigures.Zero, (sum, column) => sum.Add(Cell(row, column.ProductGroupId)));

    public WhitespaceFigures ColumnTotal(int productGroupId) =>
        Rows.Aggregate(WhitespaceFigures.Zero, (sum, row) => sum.Add(Cell(row.Key, productGroupId)));

    public WhitespaceFigures Total => Rows.Aggregate(WhitespaceFigures.Zero, (sum, row) => sum.Add(RowTotal(row.Key)));

    /// <summary>
    /// Builds the grid. Rows: the account, its subsidiaries, then every other division that the content or the KAM names
    /// (in that order); columns: the product groups, plus any the content still refers to.
    /// </summary>
    /// <param name="planYear">The plan's (fiscal) year; the current revenue is from the latest year before it.</param>
    /// <param name="revenue">The revenue rows of the account and its subsidiaries.</param>
    /// <param name="accountNames">Names of other accounts the content refers to (e.g. a former subsidiary).</param>
    /// <param name="addedDivisions">Divisions the KAM added in this session that have no filled cell yet.</param>
    public static WhitespaceGrid Build(
        int accountId,
        string accountName,
        IReadOnlyList<AccountReference> subsidiaries,
        IReadOnlyList<WhitespaceColumn> productGroups,
        int planYear,
        IReadOnlyList<RevenueDetails> revenue,
        PotentialSection content,
        IReadOnlyDictionary<int, string>? accountNames = null,
        IEnumerable<string>? addedDivisions = null)
    {
        var names = subsidiaries.ToDictionary(s => s.Id, s => s.Name);
        string NameOf(int id) => names.GetValueOrDefault(id) ?? accountNames?.GetValueOrDefault(id) ?? $"#{id}";

        var rows = new List<WhitespaceRow> { new(WhitespaceRowKey.Account, accountName, WhitespaceRowKind.Account) };
        rows.AddRange(subsidiaries.Select(s => new WhitespaceRow(new WhitespaceRowKey(s.Id, null), s.Name, WhitespaceRowKind.Subsidiary)));
        var named = content.Whitespace.Select(c => WhitespaceRowKey.Of(c.AccountId, c.Division, accountId))
            .Concat(content.Potentials.Select(p => WhitespaceRowKey.Of(p.AccountId, p.Division, accountId)))
            .Concat((addedDivisions ?? []).Select(d => WhitespaceRowKey.Of(null, d, accountId)));
        foreach (var key in named.Where(k => k.AccountId is not null || k.Division is not null).Distinct())
        {
            if (rows.TrueForAll(r => r.Key != key))
            {
                var name = (key.AccountId, key.Division) switch
                {
                    ({ } id, null) => NameOf(id),
                    ({ } id, { } division) => $"{division} ({NameOf(id)})",
                    (null, var division) => division!,
                };
                rows.Add(new WhitespaceRow(key, name, key.Division is null ? WhitespaceRowKind.Subsidiary : WhitespaceRowKind.Division));
            }
        }

        var columns = productGroups.ToList();
        var referenced = content.Whitespace.Select(c => c.ProductGroupId).Concat(content.Potentials.Select(p => p.ProductGroupId)).OfType<int>();
        columns.AddRange(referenced.Distinct().Where(id => columns.TrueForAll(c => c.ProductGroupId != id)).Select(id => new WhitespaceColumn(id, $"#{id}")));

        // Revenue is kept per account, not per division: it goes to the account's and the subsidiaries' own rows only.
        var revenueYear = revenue.Where(r => r.Year < planYear).Select(r => (int?)r.Year).Max();
        var cells = new Dictionary<(WhitespaceRowKey, int), WhitespaceFigures>();
        void Add(WhitespaceRowKey row, int productGroupId, WhitespaceFigures figures) =>
            cells[(row, productGroupId)] = cells.GetValueOrDefault((row, productGroupId), WhitespaceFigures.Zero).Add(figures);

        foreach (var row in revenue.Where(r => r.Year == revenueYear))
        {
            Add(WhitespaceRowKey.Of(row.AccountId, null, accountId), row.ProductGroupId, new WhitespaceFigures(row.Revenue, 0, 0));
        }

        foreach (var potential in content.Potentials.Where(p => p.ProductGroupId is not null && p.MaximumRevenue is not null))
        {
            Add(WhitespaceRowKey.Of(potential.AccountId, potential.Division, accountId), potential.ProductGroupId!.Value,
                new WhitespaceFigures(0, potential.MaximumRevenue!.Value, 0));
        }

        foreach (var cell in content.Whitespace.Where(c => c.ProductGroupId is not null && c.State == WhitespaceState.Opportunity && c.Value is not null))
        {
            Add(WhitespaceRowKey.Of(cell.AccountId, cell.Division, accountId), cell.ProductGroupId!.Value, new WhitespaceFigures(0, 0, cell.Value!.Value));
        }

        foreach (var (key, figures) in cells.Where(c => c.Value.Potential > 0).ToList())
        {
            cells[key] = figures with { RevenueWithPotential = figures.Revenue };
        }

        return new WhitespaceGrid(rows, columns, revenueYear, cells);
    }
}
