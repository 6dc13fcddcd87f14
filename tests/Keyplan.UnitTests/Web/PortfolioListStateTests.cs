using Keyplan.Core.Portfolio;
using Keyplan.Web.Portfolio;

namespace Keyplan.UnitTests.Web;

public class PortfolioListStateTests
{
    [Fact]
    public void From_NothingInTheUrl_IsHighestRevenueFirst_AndLeavesTheUrlEmpty()
    {
        var state = PortfolioListState.From(null, null, null, null, null, null, null, null);

        Assert.Equal((PortfolioSort.Revenue, true), (state.Sort, state.Descending));
        Assert.All(state.ToQueryParameters().Values, Assert.Null);
    }

    [Fact]
    public void FiltersAndAscendingOrder_GoToTheUrlAndBackUnchanged()
    {
        var state = new PortfolioListState { Country = "NL", IsKeyAccount = true, Sort = PortfolioSort.ShareOfWallet, Descending = false, Page = 2 };
        var url = state.ToQueryParameters();

        var read = PortfolioListState.From(null, null, (string?)url["country"], url["key"] is "true", (string?)url["sort"],
            url["desc"] is "false" ? false : null, (int?)url["page"], null);

        Assert.Equal(state, read);
        Assert.Equal("false", url["desc"]);
    }

    [Fact]
    public void WithFilter_StartsAgainAtTheFirstPage() =>
        Assert.Equal(1, new PortfolioListState { Page = 4 }.WithFilter(s => s with { Country = "DE" }).Page);
}
