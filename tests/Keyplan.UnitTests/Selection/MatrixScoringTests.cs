using Keyplan.Core.Selection;

namespace Keyplan.UnitTests.Selection;

public sealed class MatrixScoringTests
{
    [Fact]
    public void Score_IsTheWeightedMeanOfTheRatings()
    {
        // (3·8 + 2·5 + 1·2) / (3 + 2 + 1) = 36 / 6 = 6
        var score = MatrixScoring.Score([new(3m, 8), new(2m, 5), new(1m, 2)]);

        Assert.Equal(6m, score);
    }

    [Fact]
    public void Score_IsRoundedToTwoDecimals()
    {
        // (1·1 + 2·2) / 3 = 5 / 3 = 1.666… → 1.67; (1·7 + 2·4) / 3 = 15 / 3 = 5
        Assert.Equal(1.67m, MatrixScoring.Score([new(1m, 1), new(2m, 2)]));
        Assert.Equal(5m, MatrixScoring.Score([new(1m, 7), new(2m, 4)]));
    }

    [Fact]
    public void Score_OfNoRatings_IsNull()
    {
        Assert.Null(MatrixScoring.Score([]));
    }

    [Theory]
    [InlineData(5.5, 5.5, Quadrant.Star)]
    [InlineData(8, 9, Quadrant.Star)]
    [InlineData(5.5, 5.49, Quadrant.Strategic)]
    [InlineData(9, 2, Quadrant.Strategic)]
    [InlineData(5.49, 5.5, Quadrant.Status)]
    [InlineData(3, 7, Quadrant.Status)]
    [InlineData(5.49, 5.49, Quadrant.Streamline)]
    [InlineData(1, 1, Quadrant.Streamline)]
    public void Classify_PutsAScoreEqualToTheThresholdOnTheHighSide(double attractiveness, double strength, Quadrant expected)
    {
        Assert.Equal(expected, MatrixScoring.Classify((decimal)attractiveness, (decimal)strength, MatrixScoring.DefaultThreshold));
    }

    [Fact]
    public void Classify_FollowsTheThreshold()
    {
        Assert.Equal(Quadrant.Star, MatrixScoring.Classify(4m, 4m, 4m));
        Assert.Equal(Quadrant.Streamline, MatrixScoring.Classify(4m, 4m, 4.01m));
    }

    [Fact]
    public void Classify_WithoutAScoreOnEitherAxis_GivesNoPosition()
    {
        Assert.Null(MatrixScoring.Classify(null, 7m, 5.5m));
        Assert.Null(MatrixScoring.Classify(7m, null, 5.5m));
        Assert.Equal(Quadrant.Star, MatrixScoring.Classify((decimal?)7m, 7m, 5.5m));
    }
}
