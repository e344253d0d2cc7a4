using Pipeline.Core.Reliability.Consistency;

namespace Pipeline.Core.Tests.Reliability;

public class InternalConsistencyTests
{
    private static ArticleClaims Article(params ArticleClaim[] claims) => new("art", "outlet", new DateOnly(2025, 5, 24), claims);

    [Fact]
    public void Check_Headline800BodyTwiceThreeNinety_Flags()
    {
        var flags = InternalConsistency.Check(Article(
            new ArticleClaim("h", "prisoners", "total", 800, "released", null, IsHeadline: true),
            new ArticleClaim("b", "prisoners", "per-side", 390, "released", null, IsHeadline: false)));

        Assert.Equal(ConsistencyKind.HeadlineContradictsBody, Assert.Single(flags).Kind);
    }

    [Fact]
    public void Check_HeadlineMatchesDoubledPerSide_NoFlag()
    {
        var flags = InternalConsistency.Check(Article(
            new ArticleClaim("h", "prisoners", "total", 780, "released", null, IsHeadline: true),
            new ArticleClaim("b", "prisoners", "per-side", 390, "released", null, IsHeadline: false)));

        Assert.Empty(flags);
    }

    [Theory]
    [InlineData(390, false)]
    [InlineData(400, true)]
    public void Check_PartsAgainstWhole_FlagsOnlyMismatch(double whole, bool expected)
    {
        var flags = InternalConsistency.Check(Article(
            new ArticleClaim("p1", "prisoners", "total", 270, "released", null, false, Part: "military"),
            new ArticleClaim("p2", "prisoners", "total", 120, "released", null, false, Part: "civilians"),
            new ArticleClaim("w", "prisoners", "total", whole, "released", null, false)));

        Assert.Equal(expected, flags.Any(f => f.Kind == ConsistencyKind.PartsContradictWhole));
    }

    [Fact]
    public void Check_SwappedYear_FlagsTheOddDate()
    {
        var flags = InternalConsistency.Check(Article(
            new ArticleClaim("d1", "exchange", null, null, "held", new DateOnly(2025, 5, 23), false),
            new ArticleClaim("d2", "exchange", null, null, "held", new DateOnly(2025, 5, 23), true),
            new ArticleClaim("d3", "exchange", null, null, "held", new DateOnly(2023, 5, 23), false)));

        var flag = Assert.Single(flags);
        Assert.Equal(ConsistencyKind.ImpossibleDate, flag.Kind);
        Assert.Equal("d3", flag.ClaimIds[0]);
    }
}
