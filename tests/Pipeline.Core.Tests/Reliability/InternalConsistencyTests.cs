using System.Globalization;
using Pipeline.Core.Claims.Dates;
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
            new ArticleClaim("d1", "swap", null, null, "date", new DateOnly(2025, 5, 23), false, CurrentEvent: "swap"),
            new ArticleClaim("d2", "swap", null, null, "date", new DateOnly(2025, 5, 23), true, CurrentEvent: "swap"),
            new ArticleClaim("d3", "swap", null, null, "date", new DateOnly(2023, 5, 23), false, CurrentEvent: "swap")));

        var flag = Assert.Single(flags);
        Assert.Equal(ConsistencyKind.ImpossibleDate, flag.Kind);
        Assert.Equal("d3", flag.ClaimIds[0]);
    }

    [Fact]
    public void Check_EarlierSwapsOfOtherYears_NoFlag()
    {
        var flags = InternalConsistency.Check(Article(
            new ArticleClaim("now", "swap", null, null, "start", new DateOnly(2025, 5, 23), false, CurrentEvent: "swap"),
            new ArticleClaim("april", "swap", null, null, "date", new DateOnly(2025, 4, 19), false),
            new ArticleClaim("july", "swap", null, null, "date", new DateOnly(2024, 7, 1), false)));

        Assert.Empty(flags);
    }

    [Theory]
    [InlineData("planned", false)]
    [InlineData("date", true)]
    public void Check_DateAfterPublication_FlagsOnlyWhatIsNotPlanned(string phase, bool expected)
    {
        var flags = InternalConsistency.Check(Article(new ArticleClaim("d", "talks", null, null, phase, new DateOnly(2025, 6, 10), false)));

        Assert.Equal(expected, flags.Any(f => f.Kind == ConsistencyKind.ImpossibleDate));
    }

    [Theory]
    [InlineData("2023-01-01/2023-12-31", "2025-05-23", true)]
    [InlineData("2025-01-01/2025-12-31", "2025-05-23", false)]
    [InlineData("2022-01-01/..", "2025-05-23", false)]
    [InlineData("2024-07-01/2024-07-31", null, true)]
    [InlineData("2025-05-01/2025-05-31", null, false)]
    public void Check_RankOfTheCurrentSwap_FlagsAPeriodThatCannotContainIt(string stated, string? swapDate, bool expected)
    {
        var rank = new ArticleClaim("rank", "swap-rank", null, 5, "released", null, false, RefersTo: IsoPeriod.Parse(stated), CurrentEvent: "swap");
        var dated = swapDate is null ? [] : new[] { new ArticleClaim("when", "swap", null, null, "start", DateOnly.Parse(swapDate, CultureInfo.InvariantCulture), false, CurrentEvent: "swap") };

        var flags = InternalConsistency.Check(Article([rank, .. dated]));

        Assert.Equal(expected, flags.Any(f => f.Kind == ConsistencyKind.ImpossibleDate && f.ClaimIds[0] == "rank"));
    }

    [Fact]
    public void Check_StatedPeriodOfNoCurrentEvent_NoFlag()
    {
        var flags = InternalConsistency.Check(Article(
            new ArticleClaim("freed", "prisoners", null, 50, "released", null, false, RefersTo: IsoPeriod.Parse("2023-01-01/2023-12-31"))));

        Assert.Empty(flags);
    }
}
