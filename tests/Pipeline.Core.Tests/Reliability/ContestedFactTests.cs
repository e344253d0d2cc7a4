using Pipeline.Core.Claims;
using Pipeline.Core.Reliability;
using Pipeline.Core.Reliability.Compatibility;

namespace Pipeline.Core.Tests.Reliability;

public class ContestedFactTests
{
    [Fact]
    public void Compute_OneSourceOpenEndedValue_BacksItsOwnConsensus()
    {
        var result = ReliabilityRollup.Compute([Claim("a", "c1", StatedValue.Number(60, Qualifier.MoreThan))]);

        var fact = Assert.Single(result.Facts);
        Assert.Equal(["a"], fact.AgreeingSources);
        Assert.Empty(fact.Conflicts);
        Assert.False(fact.IsContested);
    }

    [Fact]
    public void Compute_OneSourceTwoValues_IsNotContestedBetweenSources()
    {
        var result = ReliabilityRollup.Compute([Claim("a", "c1", StatedValue.Number(492)), Claim("a", "c2", StatedValue.Number(190))]);

        Assert.False(Assert.Single(result.Facts).IsContested);
    }

    [Fact]
    public void Compute_TwoSourcesDisagree_IsContested()
    {
        var result = ReliabilityRollup.Compute([Claim("a", "c1", StatedValue.Number(120)), Claim("b", "c2", StatedValue.Number(90))]);

        var fact = Assert.Single(result.Facts);
        Assert.True(fact.IsContested);
        Assert.Single(fact.AgreeingSources);
    }

    private static ClaimObservation Claim(string source, string id, StatedValue value) => new(source, "article-" + source, id, "meeting-duration|any|x|2025-W20", value);
}
