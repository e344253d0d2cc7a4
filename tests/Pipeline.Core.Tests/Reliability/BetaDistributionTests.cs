using Pipeline.Core.Reliability.Methods;

namespace Pipeline.Core.Tests.Reliability;

public class BetaDistributionTests
{
    [Theory]
    [InlineData(3, 2, 0.194, 0.932)]
    [InlineData(32, 12, 0.588, 0.847)]
    public void InverseCdf_ReportWorkedNumbers_Match(double a, double b, double lower, double upper)
    {
        Assert.Equal(lower, BetaDistribution.InverseCdf(0.025, a, b), 3);
        Assert.Equal(upper, BetaDistribution.InverseCdf(0.975, a, b), 3);
    }
}
