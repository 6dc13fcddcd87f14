using Keyplan.Core.Accounts;
using Keyplan.Web.Accounts;

namespace Keyplan.UnitTests.Web;

public class RevenueTableTests
{
    private const int Sensors = 1;
    private const int Drives = 2;

    private static RevenueDetails Row(int year, int productGroupId, decimal revenue, decimal margin) =>
        new(Id: year * 10 + productGroupId, AccountId: 7, year, productGroupId, productGroupId == Sensors ? "Sensors" : "Drives", revenue, margin, Version: 1);

    private static readonly RevenueDetails[] Rows =
    [
        Row(2024, Sensors, 100m, 30m),
        Row(2023, Drives, 50m, 10m),
        Row(2024, Drives, 200m, 60m),
        Row(2023, Sensors, 80m, 20m),
        Row(2022, Sensors, 40m, 5m),
    ];

    [Fact]
    public void From_OrdersYearsOldestFirst_AndProductGroupsByName()
    {
        var table = RevenueTable.From(Rows);

        Assert.Equal([2022, 2023, 2024], table.Years);
        Assert.Equal(["Drives", "Sensors"], table.ProductGroups.Select(p => p.Name));
    }

    [Fact]
    public void Cell_HasTheRowsFigures_OrNullWhereThereIsNoRow()
    {
        var table = RevenueTable.From(Rows);

        Assert.Equal(new RevenueFigures(200m, 60m), table.Cell(2024, Drives));
        Assert.Null(table.Cell(2022, Drives));
    }

    [Fact]
    public void Totals_AddUpPerYear_PerProductGroup_AndOverall()
    {
        var table = RevenueTable.From(Rows);

        Assert.Equal(new RevenueFigures(300m, 90m), table.YearTotal(2024));
        Assert.Equal(new RevenueFigures(40m, 5m), table.YearTotal(2022));
        Assert.Equal(new RevenueFigures(220m, 55m), table.ProductGroupTotal(Sensors));
        Assert.Equal(new RevenueFigures(250m, 70m), table.ProductGroupTotal(Drives));
        Assert.Equal(new RevenueFigures(470m, 125m), table.Total);
    }

    [Fact]
    public void Series_HasEveryYear_WithZeroWhereThereIsNoRow()
    {
        var series = RevenueTable.From(Rows).Series(Drives);

        Assert.Equal([new RevenuePoint(2022, 0m), new RevenuePoint(2023, 50m), new RevenuePoint(2024, 200m)], series);
        Assert.Equal("2024", series[2].YearLabel);
    }

    [Fact]
    public void From_TwoRowsForTheSameCell_AddsThemUp()
    {
        var table = RevenueTable.From([Row(2024, Sensors, 100m, 30m), Row(2024, Sensors, 1m, 1m) with { Id = 99 }]);

        Assert.Equal(new RevenueFigures(101m, 31m), table.Cell(2024, Sensors));
    }

    [Fact]
    public void From_NoRows_IsEmpty()
    {
        var table = RevenueTable.From([]);

        Assert.True(table.IsEmpty);
        Assert.Equal(default, table.Total);
    }
}
