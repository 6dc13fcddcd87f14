using Keyplan.Core.Accounts;
using Keyplan.Core.Plans.Sections;
using Keyplan.Web.Components;
using Keyplan.Web.Plans.Sections;

namespace Keyplan.UnitTests.Web;

/// <summary>The logic behind the collect-data forms: the history table's years, the share of wallet, server messages at rows.</summary>
public class CollectDataPiecesTests
{
    private static RevenueDetails Row(int year, decimal revenue, decimal margin = 0) => new(1, 1, year, 1, "Drives", revenue, margin, 1);

    [Fact]
    public void YearsToEnter_RevenueAndVolumeYearsAndTheLastFullYear_NewestFirstWithoutDuplicates()
    {
        var years = ShareOfWallet.YearsToEnter([2024, 2025, 2025], [2022, 2025], lastFullYear: 2025);

        Assert.Equal([2025, 2024, 2022], years);
    }

    [Fact]
    public void YearsToEnter_AccountWithoutRevenue_OffersTheLastFullYear()
    {
        Assert.Equal([2025], ShareOfWallet.YearsToEnter([], [], lastFullYear: 2025));
    }

    [Fact]
    public void EarlierYear_TheYearBeforeTheOldest_NotBeforeTheFirstAllowedYear()
    {
        Assert.Equal(2021, ShareOfWallet.EarlierYear([2025, 2022]));
        Assert.Null(ShareOfWallet.EarlierYear([RevenueRecord.MinYear]));
        Assert.Null(ShareOfWallet.EarlierYear([]));
    }

    [Fact]
    public void Latest_NewestYearWithBothRevenueAndVolume()
    {
        var years = ShareOfWallet.Years([Row(2025, 300), Row(2024, 200), Row(2023, 100)], [(2024, 1000m), (2023, 400m), (2025, null)]);

        var latest = ShareOfWallet.Latest(years);

        Assert.Equal(2024, latest?.Year);
        Assert.Equal(0.2m, latest?.Share);
        Assert.Null(ShareOfWallet.Latest(ShareOfWallet.Years([Row(2025, 300)], [])));
    }

    [Fact]
    public void MarginRate_MarginOverRevenue_NullWithoutRevenue()
    {
        var years = ShareOfWallet.Years([Row(2025, 400, 100)], [(2024, 1000m)]);

        Assert.Equal(0.25m, years[0].MarginRate);
        Assert.Null(years[1].MarginRate);
    }

    [Fact]
    public void HistoryForm_ServerMessageByIndex_LandsAtTheRowWithThatAmount()
    {
        // The table also shows years without an amount, which are not saved; "purchaseVolumes[1]" is the second saved row.
        var form = new HistoryForm
        {
            Years =
            [
                new PurchaseVolumeForm { Year = 2025 },
                new PurchaseVolumeForm { Year = 2024, Amount = 1000 },
                new PurchaseVolumeForm { Year = 2023 },
                new PurchaseVolumeForm { Year = 2022, Amount = -5 },
            ],
        };

        var field = ServerValidation.ToField(form, "purchaseVolumes[1].amount");

        Assert.NotNull(field);
        Assert.Same(form.Years[3], field.Value.Model);
        Assert.Equal(nameof(PurchaseVolumeForm.Amount), field.Value.FieldName);
    }

    [Fact]
    public void ItemForms_RoundTripTextAndDatedItems_KeepingTheirIds()
    {
        var text = new TextItem { Text = "Shorter commissioning" };
        var dated = new DatedItem { Date = new DateOnly(2025, 3, 1), Text = "New head of purchasing" };

        Assert.Equal(text, Assert.Single(TextItemForm.ToItems(TextItemForm.From([text]))));
        Assert.Equal(dated, Assert.Single(DatedItemForm.ToItems(DatedItemForm.From([dated]))));
    }
}
