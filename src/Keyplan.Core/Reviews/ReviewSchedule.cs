namespace Keyplan.Core.Reviews;

/// <summary>Where a plan stands with its periodic reviews (SPEC §3): what is due next, and whether one is overdue.</summary>
/// <param name="DueDates">The end of each review interval within the plan's period; a review looks back on the interval ending then.</param>
/// <param name="LastReviewed">The latest period end a held review covered, if any.</param>
/// <param name="NextDue">The first due date after <paramref name="LastReviewed"/>; null when every interval has been reviewed.</param>
/// <param name="OverdueSince">The latest due date (more than the grace days ago) that no review has covered yet; null if none is overdue.</param>
public sealed record ReviewStatus(IReadOnlyList<DateOnly> DueDates, DateOnly? LastReviewed, DateOnly? NextDue, DateOnly? OverdueSince)
{
    public bool IsOverdue => OverdueSince is not null;
}

/// <summary>
/// The review dates of a plan follow from its period and interval: a quarterly plan for a calendar year is reviewed at the
/// end of March, June, September and December. A review covers the interval ending at its period end and every interval
/// before it (a review that catches up on a missed one makes the plan current again). A review is overdue once
/// <see cref="GraceDays"/> have passed after its due date: reviews are usually held in the first weeks after a quarter.
/// </summary>
public static class ReviewSchedule
{
    public const int GraceDays = 14;

    public static IReadOnlyList<DateOnly> DueDates(DateOnly periodStart, DateOnly periodEnd, int intervalMonths)
    {
        var dates = new List<DateOnly>();
        if (intervalMonths <= 0)
        {
            return dates;
        }

        for (var k = 1; ; k++)
        {
            var due = periodStart.AddMonths(k * intervalMonths).AddDays(-1);
            if (due >= periodEnd)
            {
                // The last interval ends with the period, even when the period is not a whole number of intervals long.
                dates.Add(periodEnd);
                return dates;
            }

            dates.Add(due);
        }
    }

    public static ReviewStatus Status(DateOnly periodStart, DateOnly periodEnd, int intervalMonths, IEnumerable<DateOnly> reviewedPeriodEnds, DateOnly today)
    {
        var dates = DueDates(periodStart, periodEnd, intervalMonths);
        var lastReviewed = reviewedPeriodEnds.Select(d => (DateOnly?)d).Max();
        var open = dates.Where(d => lastReviewed is null || d > lastReviewed).ToList();
        var overdue = open.Where(d => d.AddDays(GraceDays) < today).Select(d => (DateOnly?)d).Max();
        return new ReviewStatus(dates, lastReviewed, open.Count == 0 ? null : open[0], overdue);
    }

    /// <summary>
    /// A plan is stale when nothing in it has changed for a whole review interval while its period runs (SPEC §2: "a plan
    /// not updated within its review interval").
    /// </summary>
    public static bool IsStale(DateTimeOffset updatedAt, int intervalMonths, DateOnly periodStart, DateOnly periodEnd, DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        return today >= periodStart && today <= periodEnd && updatedAt < now.AddMonths(-Math.Max(1, intervalMonths));
    }
}
