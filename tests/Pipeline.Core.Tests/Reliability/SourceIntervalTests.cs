using Pipeline.Core.Reliability.Methods;

namespace Pipeline.Core.Tests.Reliability;

public class SourceIntervalTests
{
    [Fact]
    public void Interval_NeverWrong_ReachesOne()
    {
        var (lower, upper) = SourceScoring.Interval(2 + 8, 2, successes: 8, evidence: 8);

        Assert.Equal(1, upper);
        Assert.InRange(lower, 0.5, 0.9);
    }

    [Fact]
    public void Interval_NeverRight_ReachesZero()
    {
        var (lower, _) = SourceScoring.Interval(2, 2 + 8, successes: 0.2, evidence: 8);

        Assert.Equal(0, lower);
    }

    [Fact]
    public void Interval_MixedRecord_IsTheCentralBetaInterval()
    {
        var (lower, upper) = SourceScoring.Interval(32, 12, successes: 30, evidence: 40);

        Assert.Equal(0.588, lower, 3);
        Assert.Equal(0.847, upper, 3);
    }

    [Fact]
    public void Interval_NoRecord_IsThePriors()
    {
        var (lower, upper) = SourceScoring.Interval(3, 2, successes: 0, evidence: 0);

        Assert.Equal(0.194, lower, 3);
        Assert.Equal(0.932, upper, 3);
    }

    [Theory]
    [InlineData(10, 9, 1)]
    [InlineData(10, 1, 9)]
    [InlineData(200, 160, 40)]
    public void PredictiveRange_HoldsAbout95PercentOfTheBetaBinomial(int trials, double a, double b)
    {
        var (lower, upper) = BetaDistribution.PredictiveRange(trials, a, b);

        var mean = trials * a / (a + b);
        Assert.InRange(mean, lower, upper);
        Assert.True(upper - lower < trials, $"[{lower}, {upper}] of {trials}");
    }

    [Fact]
    public void PredictiveRange_AccurateSource_IncludesAPerfectSmallSample()
    {
        var (_, upper) = BetaDistribution.PredictiveRange(8, 95, 5);

        Assert.Equal(8, upper);
    }
}
