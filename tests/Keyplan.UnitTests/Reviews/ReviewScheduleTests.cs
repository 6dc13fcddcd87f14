using Keyplan.Core.Reviews;

namespace Keyplan.UnitTests.Reviews;

public sealed class ReviewScheduleTests
{
    private static readonly DateOnly Start = new(2026, 1, 1);
    private static readonly DateOnly End = new(2026, 12, 31);

    [Fact]
    public void DueDates_AreTheEndsOfEachInterval()
    {
        Assert.Equal([new(2026, 3, 31), new(2026, 6, 30), new(2026, 9, 30), new(2026, 12, 31)], ReviewSchedule.DueDates(Start, End, 3));
        Assert.Equal([new(2026, 6, 30), new(2026, 12, 31)], ReviewSchedule.DueDates(Start, End, 6));
        // Five-monthly over a year: the last interval is cut short by the end of the period.
        Assert.Equal([new(2026, 5, 31), new(2026, 10, 31), new(2026, 12, 31)], ReviewSchedule.DueDates(Start, End, 5));
    }

    [Fact]
    public void BeforeTheFirstDate_TheFirstIsDue_AndNothingIsOverdue()
    {
        var status = ReviewSchedule.Status(Start, End, 3, [], new DateOnly(2026, 3, 1));

        Assert.Equal(new DateOnly(2026, 3, 31), status.NextDue);
        Assert.False(status.IsOverdue);
    }

    [Fact]
    public void AReviewIsOverdue_OnlyAfterTheGraceDays()
    {
        var inGrace = ReviewSchedule.Status(Start, End, 3, [], new DateOnly(2026, 3, 31).AddDays(ReviewSchedule.GraceDays));
        var late = ReviewSchedule.Status(Start, End, 3, [], new DateOnly(2026, 3, 31).AddDays(ReviewSchedule.GraceDays + 1));

        Assert.False(inGrace.IsOverdue);
        Assert.Equal(new DateOnly(2026, 3, 31), late.OverdueSince);
    }

    [Fact]
    public void AReview_CoversItsIntervalAndEveryOneBefore()
    {
        var caughtUp = ReviewSchedule.Status(Start, End, 3, [new DateOnly(2026, 6, 30)], new DateOnly(2026, 7, 20));
        var behind = ReviewSchedule.Status(Start, End, 3, [new DateOnly(2026, 3, 31)], new DateOnly(2026, 10, 20));
        var done = ReviewSchedule.Status(Start, End, 3, [new DateOnly(2026, 12, 31)], new DateOnly(2027, 2, 1));

        Assert.Equal((new DateOnly(2026, 6, 30), new DateOnly(2026, 9, 30), false), (caughtUp.LastReviewed!.Value, caughtUp.NextDue!.Value, caughtUp.IsOverdue));
        Assert.Equal(new DateOnly(2026, 9, 30), behind.OverdueSince); // the latest interval missed, not the first
        Assert.Null(done.NextDue);
        Assert.False(done.IsOverdue);
    }

    [Fact]
    public void APlan_IsStale_WhenUnchangedForAnIntervalWhileItsPeriodRuns()
    {
        var now = new DateTimeOffset(2026, 8, 1, 12, 0, 0, TimeSpan.Zero);

        Assert.True(ReviewSchedule.IsStale(now.AddMonths(-4), 3, Start, End, now));
        Assert.False(ReviewSchedule.IsStale(now.AddMonths(-2), 3, Start, End, now));
        Assert.False(ReviewSchedule.IsStale(now.AddMonths(-4), 6, Start, End, now));
        Assert.False(ReviewSchedule.IsStale(now.AddYears(-2), 3, Start, End, now.AddYears(1))); // the period is over
    }
}
