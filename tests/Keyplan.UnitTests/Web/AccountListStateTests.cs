using Keyplan.Core.Accounts;
using Keyplan.Web.Accounts;

namespace Keyplan.UnitTests.Web;

public class AccountListStateTests
{
    [Fact]
    public void From_NothingInTheUrl_IsTheDefaultView()
    {
        var state = AccountListState.From(null, null, null, null, null, null, null, null, null, null);

        Assert.Equal(new AccountListState(), state);
        Assert.All(state.ToQueryParameters().Values, Assert.Null);
    }

    [Fact]
    public void From_HandEditedUrl_FallsBackToSafeValues()
    {
        var state = AccountListState.From("  ", null, "", null, null, null, "nonsense", null, page: -3, pageSize: 7);

        Assert.Null(state.Search);
        Assert.Null(state.Industry);
        Assert.Equal(AccountSort.Name, state.Sort);
        Assert.Equal(1, state.Page);
        Assert.Equal(AccountListState.DefaultPageSize, state.PageSize);
    }

    [Fact]
    public void ToQuery_TurnsThePageIntoSkipAndTake()
    {
        var state = AccountListState.From(" acme ", 3, "Retail", "de", "kam-1", true, "annualrevenue", true, 4, 50);

        var query = state.ToQuery();

        Assert.Equal("acme", query.Search);
        Assert.Equal(3, query.BusinessAreaId);
        Assert.Equal("Retail", query.Industry);
        Assert.Equal("de", query.Country);
        Assert.Equal("kam-1", query.KeyAccountManagerId);
        Assert.True(query.IsKeyAccount);
        Assert.Equal(AccountSort.AnnualRevenue, query.Sort);
        Assert.True(query.Descending);
        Assert.Equal(150, query.Skip);
        Assert.Equal(50, query.Take);
    }

    [Fact]
    public void ToQueryParameters_RoundTripsThroughFrom()
    {
        var state = new AccountListState
        {
            Search = "acme", BusinessAreaId = 2, Country = "NL", IsKeyAccount = false,
            Sort = AccountSort.City, Descending = true, Page = 3, PageSize = 100,
        };
        var parameters = state.ToQueryParameters();

        var again = AccountListState.From(
            (string?)parameters["q"], (int?)parameters["area"], (string?)parameters["industry"], (string?)parameters["country"],
            (string?)parameters["kam"], Flag(parameters["key"]), (string?)parameters["sort"], Flag(parameters["desc"]),
            (int?)parameters["page"], (int?)parameters["size"]);

        Assert.Equal(state, again);
        Assert.Equal("false", parameters["key"]);
        Assert.Equal("true", parameters["desc"]);
    }

    private static bool? Flag(object? value) => value is string text ? bool.Parse(text) : null;

    [Fact]
    public void WithFilter_GoesBackToTheFirstPage()
    {
        var state = new AccountListState { Page = 7 };

        Assert.Equal(1, state.WithFilter(s => s with { Industry = "Retail" }).Page);
    }
}
