using Keyplan.Core.Accounts;
using Keyplan.Core.Plans.Sections;
using Keyplan.Web.Plans.Sections;

namespace Keyplan.UnitTests.Web;

public class WhitespaceGridTests
{
    private const int AccountId = 10;
    private const int Subsidiary = 11;
    private const int Drives = 1;
    private const int Sensors = 2;
    private const int PlanYear = 2026;

    private static readonly IReadOnlyList<WhitespaceColumn> Groups = [new(Drives, "Drives"), new(Sensors, "Sensors")];
    private static readonly IReadOnlyList<AccountReference> Subsidiaries = [new(Subsidiary, "Vossberg Venlo")];

    private static RevenueDetails Revenue(int accountId, int year, int productGroupId, decimal amount) =>
        new(0, accountId, year, productGroupId, "PG", amount, 0, 1);

    private static WhitespaceGrid Build(PotentialSection content, IReadOnlyList<RevenueDetails>? revenue = null, IEnumerable<string>? added = null) =>
        WhitespaceGrid.Build(AccountId, "Vossberg", Subsidiaries, Groups, PlanYear, revenue ?? [], content, addedDivisions: added);

    [Fact]
    public void Rows_AreTheAccountAndItsSubsidiaries_ByDefault()
    {
        var grid = Build(new PotentialSection());

        Assert.Equal(["Vossberg", "Vossberg Venlo"], grid.Rows.Select(r => r.Name));
        Assert.Equal([WhitespaceRowKind.Account, WhitespaceRowKind.Subsidiary], grid.Rows.Select(r => r.Kind));
        Assert.Equal([Drives, Sensors], grid.Columns.Select(c => c.ProductGroupId));
    }

    [Fact]
    public void Rows_AddNamedDivisions_FromTheContentAndTheKam_Once()
    {
        var content = new PotentialSection
        {
            Whitespace = [new WhitespaceCell { Division = "Service office Mexico", ProductGroupId = Drives, State = WhitespaceState.Opportunity }],
            Potentials = [new RevenuePotential { Division = " Service office Mexico ", ProductGroupId = Sensors, MaximumRevenue = 5 }],
        };

        var grid = Build(content, added: ["Plant Hengelo"]);

        Assert.Equal(["Vossberg", "Vossberg Venlo", "Service office Mexico", "Plant Hengelo"], grid.Rows.Select(r => r.Name));
        Assert.All(grid.Rows.Skip(2), r => Assert.Equal(WhitespaceRowKind.Division, r.Kind));
    }

    [Fact]
    public void CellsStoredWithThePlansOwnAccountId_BelongToTheAccountRow()
    {
        var content = new PotentialSection { Potentials = [new RevenuePotential { AccountId = AccountId, ProductGroupId = Drives, MaximumRevenue = 100 }] };

        var grid = Build(content);

        Assert.Equal(2, grid.Rows.Count);
        Assert.Equal(100, grid.Cell(WhitespaceRowKey.Account, Drives).Potential);
    }

    [Fact]
    public void CurrentRevenue_IsFromTheLatestYearBeforeThePlan_PerAccountAndProductGroup()
    {
        IReadOnlyList<RevenueDetails> revenue =
        [
            Revenue(AccountId, 2024, Drives, 50),
            Revenue(AccountId, 2025, Drives, 80),
            Revenue(AccountId, 2026, Drives, 999),
            Revenue(Subsidiary, 2025, Sensors, 20),
        ];

        var grid = Build(new PotentialSection(), revenue);

        Assert.Equal(2025, grid.RevenueYear);
        Assert.Equal(80, grid.Cell(WhitespaceRowKey.Account, Drives).Revenue);
        Assert.Equal(0, grid.Cell(WhitespaceRowKey.Account, Sensors).Revenue);
        Assert.Equal(20, grid.Cell(new WhitespaceRowKey(Subsidiary, null), Sensors).Revenue);
    }

    [Fact]
    public void NoRevenueBeforeThePlansYear_HasNoRevenueYear()
    {
        var grid = Build(new PotentialSection(), [Revenue(AccountId, PlanYear, Drives, 10)]);

        Assert.Null(grid.RevenueYear);
        Assert.Equal(0, grid.Total.Revenue);
    }

    [Fact]
    public void Totals_SumRevenuePotentialAndOpenOpportunities_PerRowColumnAndOverall()
    {
        var venlo = new WhitespaceRowKey(Subsidiary, null);
        var content = new PotentialSection
        {
            Potentials =
            [
                new RevenuePotential { ProductGroupId = Drives, MaximumRevenue = 200 },
                new RevenuePotential { ProductGroupId = Sensors, MaximumRevenue = 100 },
                new RevenuePotential { AccountId = Subsidiary, ProductGroupId = Drives, MaximumRevenue = 50 },
            ],
            Whitespace =
            [
                new WhitespaceCell { ProductGroupId = Drives, State = WhitespaceState.WeSupply },
                new WhitespaceCell { ProductGroupId = Sensors, State = WhitespaceState.Opportunity, Value = 60 },
                new WhitespaceCell { AccountId = Subsidiary, ProductGroupId = Drives, State = WhitespaceState.Opportunity, Value = 30 },
                // A value left on a cell that is no opportunity (any more) is not counted.
                new WhitespaceCell { AccountId = Subsidiary, ProductGroupId = Sensors, State = WhitespaceState.CompetitorSupplies, Value = 999 },
            ],
        };
        IReadOnlyList<RevenueDetails> revenue = [Revenue(AccountId, 2025, Drives, 120), Revenue(Subsidiary, 2025, Sensors, 10)];

        var grid = Build(content, revenue);

        Assert.Equal(new WhitespaceFigures(120, 300, 60, 120), grid.RowTotal(WhitespaceRowKey.Account));
        Assert.Equal(new WhitespaceFigures(10, 50, 30, 0), grid.RowTotal(venlo));
        Assert.Equal(new WhitespaceFigures(120, 250, 30, 120), grid.ColumnTotal(Drives));
        Assert.Equal(new WhitespaceFigures(10, 100, 60, 0), grid.ColumnTotal(Sensors));
        Assert.Equal(new WhitespaceFigures(130, 350, 90, 120), grid.Total);
    }

    [Fact]
    public void ShareOfPotential_ComparesOnlyTheRevenueOfCellsWithAPotential()
    {
        var content = new PotentialSection { Potentials = [new RevenuePotential { ProductGroupId = Drives, MaximumRevenue = 200 }] };
        IReadOnlyList<RevenueDetails> revenue = [Revenue(AccountId, 2025, Drives, 50), Revenue(AccountId, 2025, Sensors, 400)];

        var grid = Build(content, revenue);

        Assert.Equal(450, grid.RowTotal(WhitespaceRowKey.Account).Revenue);
        Assert.Equal(0.25m, grid.RowTotal(WhitespaceRowKey.Account).ShareOfPotential);
        Assert.Null(grid.ColumnTotal(Sensors).ShareOfPotential);
    }

    [Fact]
    public void ProductGroupsTheContentStillNames_GetAColumn()
    {
        var content = new PotentialSection { Potentials = [new RevenuePotential { ProductGroupId = 77, MaximumRevenue = 5 }] };

        var grid = Build(content);

        Assert.Equal([Drives, Sensors, 77], grid.Columns.Select(c => c.ProductGroupId));
        Assert.Equal(5, grid.ColumnTotal(77).Potential);
    }
}
