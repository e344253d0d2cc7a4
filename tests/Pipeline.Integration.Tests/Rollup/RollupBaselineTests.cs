using Pipeline.Host.Functions.RollupReliability;

namespace Pipeline.Integration.Tests.Rollup;

public class RollupBaselineTests
{
    private static readonly DateTimeOffset LastFull = new(2026, 11, 22, 10, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(100, 0, 5, 60, false)]    // a few new articles, an hour on: incremental
    [InlineData(100, 95, 5, 60, false)]   // exactly as many changed as the full run saw: still incremental
    [InlineData(100, 96, 5, 60, true)]    // more changed than it saw: the accuracies are stale, go full
    [InlineData(3, 0, 4, 60, true)]       // a full run over three articles should not steer the votes on four more
    [InlineData(100, 0, 1, 1440, true)]   // the interval has passed
    public void FullRunDue_ByIntervalOrDoubling(int articles, int since, int changed, int minutesLater, bool due)
    {
        var baseline = new RollupBaseline([0.5], LastFull, articles, since, "etag");

        Assert.Equal(due, baseline.FullRunDue(LastFull.AddMinutes(minutesLater), TimeSpan.FromDays(1), changed));
    }

    [Theory]
    [InlineData(-5, false)]   // the last full run started before it finished: done
    [InlineData(0, false)]    // a finished full run stores the same time for both
    [InlineData(30, true)]    // a full run started after the last one finished and never finished itself
    public void FullRunDue_AfterAFullRunThatDiedHalfWay_IsDue(int startedMinutesAfterLastFull, bool due)
    {
        var baseline = new RollupBaseline([0.5], LastFull, 100, 0, "etag", LastFull.AddMinutes(startedMinutesAfterLastFull));

        Assert.Equal(due, baseline.FullRunDue(LastFull.AddMinutes(60), TimeSpan.FromDays(1), 1));
    }

    [Fact]
    public void FullRunDue_NeverRanBefore_IsDue() =>
        Assert.True(new RollupBaseline([0.5], null, 0, 0, null).FullRunDue(LastFull, TimeSpan.FromDays(1), 1));
}
