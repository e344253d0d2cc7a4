using Pipeline.Core.Claims;
using Pipeline.Core.Claims.Dates;
using Pipeline.Core.Claims.Facts;
using Pipeline.Core.Reliability.Consistency;
using Pipeline.Core.Tests.Claims.Phenomena;
using Pipeline.Core.Tests.Support;

namespace Pipeline.Core.Tests.Claims.Periods;

/// <summary>From text to flag: a figure about the event the article reports now must not be placed in another year.</summary>
public class YearErrorTests
{
    [Theory]
    [InlineData("The exchange began on Friday. This latest exchange marks the fifth swap in 2023.")]
    [InlineData("Officials said this exchange was the ninth swap in 2022.")]
    [InlineData("The talks opened on Monday. Today's talks were the third round in 2021.")]
    [InlineData("This strike is the fourth strike in 2019, the union said.")]
    public void Check_CurrentEventPlacedInAnotherYear_IsFlagged(string text)
    {
        var flags = FlagsOf(text);

        Assert.Contains(flags, f => f.Kind == ConsistencyKind.ImpossibleDate && f.Message.Contains("stated for", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The exchange began on Friday. This latest exchange marks the fifth swap this year.")]
    [InlineData("This exchange is the 12th swap since 2022.")]
    [InlineData("In 2023, a similar swap freed 50 prisoners.")]
    [InlineData("A similar swap freed 50 prisoners in 2023. This exchange freed 390.")]
    [InlineData("This exchange follows the fourth swap in 2023, which freed 50 people.")]
    [InlineData("The exchange began on Friday. The fifth swap in 2023 took place in October.")]
    [InlineData("This exchange marks the sixth swap in March, officials said.")]
    [InlineData("This exchange is the fifth swap after the January 2023 talks.")]
    public void Check_PeriodThatFitsOrIsAboutAnotherEvent_IsNotFlagged(string text)
    {
        var flags = FlagsOf(text);

        Assert.DoesNotContain(flags, f => f.Kind == ConsistencyKind.ImpossibleDate);
    }

    [Fact]
    public void Check_YearError_NamesTheStatedYearAndTheEventDate()
    {
        var flag = Assert.Single(FlagsOf("This exchange commenced on Thursday. This latest exchange marks the fifth swap in 2023."));

        Assert.Equal("swap-rank stated for 2023, but the article's swap is dated 2025-03-13.", flag.Message);
    }

    [Fact]
    public void Check_FiveSeeds_FlagOnlyOutletBsSwapPlacedIn2023()
    {
        var flagged = SeedArticles.All
            .SelectMany(article => FlagsOf(ClaimExtractor.Extract(article), article.PublishedAt!.Value)
                .Where(f => f.Kind == ConsistencyKind.ImpossibleDate)
                .Select(f => ClaimExtractor.Extract(article).Single(c => c.Id == f.ClaimIds[0])))
            .ToList();

        var claim = Assert.Single(flagged);
        Assert.Equal(("fifth swap in 2023", "2023-01-01/2023-12-31"), (claim.Text, IsoPeriod.Of(claim.RefersTo)));
    }

    private static IReadOnlyList<ConsistencyFlag> FlagsOf(string text) => FlagsOf(Extracted.From(text), new DateOnly(2025, 3, 14));

    /// <summary>Claims as the rollup reads them back: unidentified dates carry no date.</summary>
    private static IReadOnlyList<ConsistencyFlag> FlagsOf(IReadOnlyList<Claim> extracted, DateOnly published)
    {
        var claims = extracted.Select(c => new ArticleClaim(
            c.Id, c.Measure, null, c.Quantity?.Number, c.EventFrame,
            c.Temporal is { } date && c.Measure != EventDateNames.Unidentified ? date.Start : null, false,
            RefersTo: c.RefersTo, CurrentEvent: c.CurrentEvent)).ToList();
        return InternalConsistency.Check(new ArticleClaims("art", "outlet", published, claims));
    }
}
