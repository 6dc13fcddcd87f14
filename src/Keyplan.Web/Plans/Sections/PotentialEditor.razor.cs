using System.Globalization;
using Keyplan.Core.Accounts;
using Keyplan.Core.Organisation;
using Keyplan.Core.Plans.Sections;
using Keyplan.Web.Components;
using Microsoft.AspNetCore.Components;

namespace Keyplan.Web.Plans.Sections;

public sealed class RevenuePotentialForm
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public int? ProductGroupId { get; set; }
    public int? AccountId { get; set; }
    public string? Division { get; set; }
    public decimal? MaximumRevenue { get; set; }
}

public sealed class WhitespaceCellForm
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public int? AccountId { get; set; }
    public string? Division { get; set; }
    public int? ProductGroupId { get; set; }
    public WhitespaceState? State { get; set; }
    public decimal? Value { get; set; }
    public string? Competitor { get; set; }
}

public sealed class ActivityForm
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public string? Text { get; set; }
}

/// <summary>The potential section as the form edits it; property names follow the API ("whitespace[3].value").</summary>
public sealed class PotentialForm
{
    public string? CustomerGrowth { get; set; }
    public List<RevenuePotentialForm> Potentials { get; init; } = [];
    public List<WhitespaceCellForm> Whitespace { get; init; } = [];
    public List<ActivityForm> Activities { get; init; } = [];
}

public sealed partial class PotentialEditor
{
    private IReadOnlyList<AccountReference> _subsidiaries = [];
    private IReadOnlyList<WhitespaceColumn> _productGroups = [];
    private IReadOnlyList<RevenueDetails> _revenue = [];
    private Dictionary<int, string> _accountNames = [];
    private readonly List<string> _addedDivisions = [];
    private string _currency = "EUR";
    private string? _newDivision;
    private string? _divisionError;

    protected override string Key => SectionKeys.Potential;

    /// <summary>The plan's (fiscal) year: the current revenue is the latest complete year before it.</summary>
    private int PlanYear => Plan.FiscalYear ?? Plan.PeriodStart.Year;

    protected override PotentialForm ToForm(PotentialSection content) => new()
    {
        CustomerGrowth = content.CustomerGrowth,
        Potentials = [.. content.Potentials.Select(p => new RevenuePotentialForm
        {
            Id = p.Id, ProductGroupId = p.ProductGroupId, AccountId = p.AccountId, Division = p.Division, MaximumRevenue = p.MaximumRevenue,
        })],
        Whitespace = [.. content.Whitespace.Select(c => new WhitespaceCellForm
        {
            Id = c.Id, AccountId = c.AccountId, Division = c.Division, ProductGroupId = c.ProductGroupId, State = c.State, Value = c.Value,
            Competitor = c.Competitor,
        })],
        Activities = [.. content.Activities.Select(a => new ActivityForm { Id = a.Id, Text = a.Text })],
    };

    protected override PotentialSection ToContent(PotentialForm form) => new()
    {
        CustomerGrowth = form.CustomerGrowth,
        Potentials = [.. form.Potentials.Select(p => new RevenuePotential
        {
            Id = p.Id, ProductGroupId = p.ProductGroupId, AccountId = p.AccountId, Division = p.Division, MaximumRevenue = p.MaximumRevenue,
        })],
        Whitespace = [.. form.Whitespace.Select(c => new WhitespaceCell
        {
            Id = c.Id, AccountId = c.AccountId, Division = c.Division, ProductGroupId = c.ProductGroupId, State = c.State,
            Value = c.State == WhitespaceState.Opportunity ? c.Value : null,
            Competitor = c.State == WhitespaceState.CompetitorSupplies ? c.Competitor : null,
        })],
        Activities = [.. form.Activities.Select(a => new TextItem { Id = a.Id, Text = a.Text })],
    };

    protected override async Task LoadLookupsAsync(CancellationToken cancellationToken)
    {
        await using var scope = Scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var accounts = services.GetRequiredService<GetAccountHandler>();
        var account = (await accounts.HandleAsync(Plan.AccountId, User, cancellationToken)).Value;
        _currency = account?.Currency ?? _currency;
        _subsidiaries = account?.Subsidiaries ?? [];
        _productGroups = [.. (await services.GetRequiredService<LookupsHandler>().ProductGroupsAsync(cancellationToken))
            .Select(p => new WhitespaceColumn(p.Id, p.Name))];

        var revenue = services.GetRequiredService<ListRevenueHandler>();
        var rows = new List<RevenueDetails>();
        foreach (var id in _subsidiaries.Select(s => s.Id).Prepend(Plan.AccountId))
        {
            rows.AddRange((await revenue.HandleAsync(id, User, cancellationToken)).Value ?? []);
        }

        _revenue = rows;

        // Accounts the content names that are no subsidiary (any more): shown by name where the user may see them.
        var content = ToContent(Form!);
        var others = content.Whitespace.Select(c => c.AccountId).Concat(content.Potentials.Select(p => p.AccountId)).OfType<int>()
            .Where(id => id != Plan.AccountId && _subsidiaries.All(s => s.Id != id)).Distinct();
        foreach (var id in others)
        {
            if ((await accounts.HandleAsync(id, User, cancellationToken)).Value is { } other)
            {
                _accountNames[id] = other.Name;
            }
        }
    }

    private WhitespaceGrid Grid() =>
        WhitespaceGrid.Build(Plan.AccountId, Plan.AccountName, _subsidiaries, _productGroups, PlanYear, _revenue, ToContent(Form!), _accountNames, _addedDivisions);

    private WhitespaceRowKey RowOf(int? accountId, string? division) => WhitespaceRowKey.Of(accountId, division, Plan.AccountId);

    private WhitespaceCellForm? CellAt(WhitespaceRowKey row, int productGroupId) =>
        Form!.Whitespace.FirstOrDefault(c => c.ProductGroupId == productGroupId && RowOf(c.AccountId, c.Division) == row);

    private RevenuePotentialForm? PotentialAt(WhitespaceRowKey row, int productGroupId) =>
        Form!.Potentials.FirstOrDefault(p => p.ProductGroupId == productGroupId && RowOf(p.AccountId, p.Division) == row);

    /// <summary>The state select: an empty choice removes the cell; other choices create or change it.</summary>
    private void SetState(WhitespaceRowKey row, int productGroupId, ChangeEventArgs e)
    {
        var cell = CellAt(row, productGroupId);
        if (!Enum.TryParse<WhitespaceState>(e.Value as string, out var state))
        {
            if (cell is not null)
            {
                Form!.Whitespace.Remove(cell);
                Changed();
            }

            return;
        }

        if (cell is null)
        {
            cell = new WhitespaceCellForm { AccountId = row.AccountId, Division = row.Division, ProductGroupId = productGroupId };
            Form!.Whitespace.Add(cell);
        }

        cell.State = state;
        Changed();
    }

    /// <summary>The potential input: a number creates or changes the potential, an empty input removes it.</summary>
    private void SetPotential(WhitespaceRowKey row, int productGroupId, ChangeEventArgs e)
    {
        var potential = PotentialAt(row, productGroupId);
        // A number input reports its value in invariant format, whatever the UI culture.
        if (!decimal.TryParse(e.Value as string, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount))
        {
            if (potential is not null)
            {
                Form!.Potentials.Remove(potential);
                Changed();
            }

            return;
        }

        if (potential is null)
        {
            potential = new RevenuePotentialForm { AccountId = row.AccountId, Division = row.Division, ProductGroupId = productGroupId };
            Form!.Potentials.Add(potential);
        }

        potential.MaximumRevenue = amount;
        Changed();
    }

    private void AddDivision(WhitespaceGrid grid)
    {
        var name = _newDivision?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            _divisionError = L["Potential.DivisionNameRequired"];
            return;
        }

        if (name.Length > SectionLimits.ShortText)
        {
            _divisionError = L["Potential.DivisionNameTooLong", SectionLimits.ShortText];
            return;
        }

        if (grid.Rows.Any(r => string.Equals(r.Name, name, StringComparison.OrdinalIgnoreCase)))
        {
            _divisionError = L["Potential.DivisionExists", name];
            return;
        }

        _addedDivisions.Add(name);
        _newDivision = null;
        _divisionError = null;
        // The row is stored once one of its cells is filled; an empty row has nothing to save.
    }

    private void RemoveDivision(WhitespaceRowKey row)
    {
        _addedDivisions.RemoveAll(d => RowOf(null, d) == row);
        var removed = Form!.Whitespace.RemoveAll(c => RowOf(c.AccountId, c.Division) == row)
            + Form.Potentials.RemoveAll(p => RowOf(p.AccountId, p.Division) == row);
        if (removed > 0)
        {
            Changed();
        }
    }

    private void AddActivity() => Form!.Activities.Add(new ActivityForm());

    private void RemoveActivity(ActivityForm activity)
    {
        Form!.Activities.Remove(activity);
        Changed();
    }

    private string Amount(decimal amount) => Money.Format(amount, _currency);

    private static string InputValue(decimal? amount) => amount?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    private static string StateClass(WhitespaceState? state) => state switch
    {
        WhitespaceState.WeSupply => "kp-ws-we-supply",
        WhitespaceState.Opportunity => "kp-ws-opportunity",
        WhitespaceState.CompetitorSupplies => "kp-ws-competitor",
        WhitespaceState.NotRelevant => "kp-ws-not-relevant",
        _ => "kp-ws-empty",
    };

    /// <summary>A symbol for each state, so that the state never shows by colour alone.</summary>
    private static string StateSymbol(WhitespaceState? state) => state switch
    {
        WhitespaceState.WeSupply => "✔",
        WhitespaceState.Opportunity => "★",
        WhitespaceState.CompetitorSupplies => "✖",
        WhitespaceState.NotRelevant => "–",
        _ => "?",
    };
}
