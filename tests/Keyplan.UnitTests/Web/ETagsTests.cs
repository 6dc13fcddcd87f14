using Keyplan.Web.Api;
using Microsoft.AspNetCore.Http;

namespace Keyplan.UnitTests.Web;

public sealed class ETagsTests
{
    [Theory]
    [InlineData("\"7\"", 7)]
    [InlineData("W/\"7\"", 7)]
    [InlineData("\"12\", \"13\"", 12)]
    public void ParseIfMatch_ReadsTheVersion(string header, int expected)
    {
        var context = new DefaultHttpContext();
        context.Request.Headers.IfMatch = header;

        Assert.Equal(expected, ETags.ParseIfMatch(context.Request));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\"abc\"")]
    [InlineData("*")]
    [InlineData("\"-1\"")]
    public void ParseIfMatch_WithoutAVersion_IsNull(string header)
    {
        var context = new DefaultHttpContext();
        context.Request.Headers.IfMatch = header;

        Assert.Null(ETags.ParseIfMatch(context.Request));
    }

    [Fact]
    public void Format_QuotesTheVersion() => Assert.Equal("\"42\"", ETags.Format(42));
}
