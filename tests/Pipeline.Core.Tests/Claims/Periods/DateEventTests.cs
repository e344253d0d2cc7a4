using Pipeline.Core.Claims;
using Pipeline.Core.Tests.Claims.Phenomena;

namespace Pipeline.Core.Tests.Claims.Periods;

/// <summary>A date claim names the event it dates, so two outlets' dates of one event share a fact key.</summary>
public class DateEventTests
{
    // 2025-03-14 is a Friday.
    [Theory]
    [InlineData("The handover of detainees commenced on Friday.", "Friday", "date", null)]
    [InlineData("The exchange commenced on Friday and will last three days.", "Friday", "swap", "start")]
    [InlineData("Delegates met for a summit in Geneva on March 3.", "March 3", "meeting", "date")]
    [InlineData("The ministry released its report on Thursday.", "Thursday", "date", null)]
    [InlineData("The airlift ended on Sunday after moving 900 people.", "Sunday", "airlift", "end")]
    [InlineData("Forty hostages were freed yesterday.", "yesterday", "release", "date")]
    [InlineData("The strike is expected to continue through the weekend.", "the weekend", "strike", "planned")]
    [InlineData("The ceasefire ended on Tuesday.", "Tuesday", "ceasefire", "end")]
    [InlineData("Officials said on Friday that the talks had stalled.", "Friday", "date", null)]
    [InlineData("The first vote since March 2022 went ahead.", "since March 2022", "date", null)]
    [InlineData("The largest swap of the war took place on Friday.", "Friday", "swap", "date")]
    [InlineData("Elections on November 5 could reshape parliament.", "November 5", "election", "planned")]
    public void Extract_Date_NamesItsEventAndPhase(string text, string span, string measure, string? phase)
    {
        var claim = Extracted.From(text).Single(c => c.Temporal is not null && c.Text == span);

        Assert.Equal((measure, phase), (claim.Measure, claim.EventFrame));
    }

    [Theory]
    [InlineData("The prisoner swap began on Thursday.", "2025-03-13", "Both sides began the exchange yesterday, officials confirmed.", "2025-03-14")]
    [InlineData("The talks were held in Vienna on March 10.", "2025-03-14", "Last week's talks in Vienna produced no deal.", "2025-03-17")]
    public void Extract_DatesOfOneEventFromTwoArticles_ShareAFactKey(string first, string firstPublished, string second, string secondPublished)
    {
        var a = Extracted.From(first, firstPublished).Single(c => c.Temporal is not null);
        var b = Extracted.From(second, secondPublished).Single(c => c.Temporal is not null);

        Assert.Equal(a.FactKey, b.FactKey);
        Assert.NotEqual("date", a.Measure);
    }

    [Fact]
    public void Extract_DatesOfTwoSwapsOfOneKind_DoNotShareAFactKey()
    {
        var claims = Extracted.From("The swap began on Thursday. A swap in January freed 50 people.");

        var keys = claims.Where(c => c.Kind is ClaimKind.Date or ClaimKind.DateRange).Select(c => c.FactKey).ToList();
        Assert.Equal(2, keys.Distinct().Count());
    }
}
