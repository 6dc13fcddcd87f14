using Keyplan.Core.Budget.Export;

namespace Keyplan.UnitTests.Budget;

public sealed class SpreadsheetTextTests
{
    [Theory]
    [InlineData("=SUM(A1:A2)")]
    [InlineData("+49 521 123")]
    [InlineData("-1+1")]
    [InlineData("@cmd")]
    [InlineData("\tx")]
    [InlineData("\rx")]
    public void TextThatASpreadsheetWouldEvaluate_GetsAnApostrophe(string value)
    {
        Assert.True(SpreadsheetText.LooksLikeFormula(value));
        Assert.Equal("'" + value, SpreadsheetText.ForCsv(value));
    }

    [Theory]
    [InlineData("Drives", "Drives")]
    [InlineData("A=B", "A=B")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void OtherText_StaysAsItIs(string? value, string expected) => Assert.Equal(expected, SpreadsheetText.ForCsv(value));
}
