using Pipeline.Core.Claims;

namespace Pipeline.Core.Tests.Claims.Phenomena;

public class TimeTests
{
    // 2025-03-14 is a Friday.
    [Theory]
    [InlineData("The ministers met on Tuesday and signed the accord.", "Tuesday", "2025-03-11", "2025-03-11")]
    [InlineData("The ministers will meet on Tuesday.", "Tuesday", "2025-03-18", "2025-03-18")]
    [InlineData("The bank is expected to keep its main interest rate at 4.25% on Tuesday.", "Tuesday", "2025-03-18", "2025-03-18")]
    [InlineData("Officials expect about three hundred people to cross on Tuesday.", "Tuesday", "2025-03-18", "2025-03-18")]
    [InlineData("The union called a strike for Tuesday.", "Tuesday", "2025-03-18", "2025-03-18")]
    [InlineData("The truce will hold over Orthodox Easter.", "Orthodox Easter", "2025-04-20", "2025-04-20")]
    [InlineData("Both sides swapped prisoners on Good Friday.", "Good Friday", "2024-03-29", "2024-03-29")]
    [InlineData("Shops closed early on Christmas Eve.", "Christmas Eve", "2024-12-24", "2024-12-24")]
    [InlineData("The ceasefire lasted from Easter Sunday to Easter Monday.", "Easter Sunday to Easter Monday", "2024-03-31", "2024-04-01")]
    [InlineData("Talks resume after Thanksgiving.", "Thanksgiving", "2024-11-28", "2024-11-28")]
    [InlineData("Churches were packed over Orthodox Easter.", "Orthodox Easter", "2024-05-05", "2024-05-05")]
    [InlineData("Crowds gathered at Easter.", "Easter", "2024-03-31", "2024-03-31")]
    [InlineData("The strike began last Friday.", "last Friday", "2025-03-07", "2025-03-07")]
    [InlineData("The verdict came yesterday.", "yesterday", "2025-03-13", "2025-03-13")]
    [InlineData("Voting continues today and tomorrow.", "today and tomorrow", "2025-03-14", "2025-03-15")]
    [InlineData("Last week's summit ended without a deal.", "Last week's", "2025-03-03", "2025-03-09")]
    [InlineData("The hearings are set for June 3 and 4.", "June 3 and 4", "2025-06-03", "2025-06-04")]
    [InlineData("The bridge reopened on February 27.", "February 27", "2025-02-27", "2025-02-27")]
    [InlineData("The plant closed last October.", "last October", "2024-10-01", "2024-10-31")]
    [InlineData("Prices peaked in November 2023.", "November 2023", "2023-11-01", "2023-11-30")]
    [InlineData("Two convoys arrived earlier this month.", "earlier this month", "2025-03-01", "2025-03-13")]
    [InlineData("The law was passed in 2019.", "2019", "2019-01-01", "2019-12-31")]
    public void Extract_DateExpression_ResolvesAgainstPublicationDate(string text, string span, string start, string end)
    {
        var claim = Extracted.From(text).Single(c => c.Temporal is not null);

        Assert.Equal(span, claim.Text);
        Assert.Equal((start, end), (Extracted.Iso(claim.Temporal!.Start), Extracted.Iso(claim.Temporal.End!.Value)));
    }

    [Theory]
    [InlineData("It was the first such meeting since Russia's full-scale invasion of Ukraine in February 2022.", "since Russia's full-scale invasion of Ukraine in February 2022", "2022-02-24")]
    [InlineData("No talks had been held since the ceasefire collapsed in March 2019.", "since the ceasefire collapsed in March 2019", "2019-03-01")]
    public void Extract_SinceAnEventDatedInItsPhrase_IsAnOpenIntervalBesidesTheMonth(string text, string span, string start)
    {
        var claims = Extracted.From(text, "2025-05-24");

        var since = claims.Single(c => c.Kind == ClaimKind.DateSince);
        Assert.Equal((span, start, (DateOnly?)null), (since.Text, Extracted.Iso(since.Temporal!.Start), since.Temporal.End));
        Assert.Single(claims, c => c.Kind == ClaimKind.DateRange);
    }

    [Fact]
    public void Extract_SinceMonth_IsAnOpenInterval()
    {
        var claim = Extracted.From("Inflation has doubled since April 2021.").Single(c => c.Temporal is not null);

        Assert.Equal(ClaimKind.DateSince, claim.Kind);
        Assert.Equal(("2021-04-01", (DateOnly?)null), (Extracted.Iso(claim.Temporal!.Start), claim.Temporal.End));
    }

    [Theory]
    [InlineData("The hearing lasted three hours.", 3.0, "hour", "exact")]
    [InlineData("A 45-minute delay followed.", 45.0, "minute", "exact")]
    [InlineData("They announced a 60-day truce.", 60.0, "day", "exact")]
    [InlineData("Officials began a three-day visit.", 3.0, "day", "exact")]
    [InlineData("The first such summit in over five years ended.", 5.0, "year", "more_than")]
    [InlineData("The trial could stretch over two weeks.", 2.0, "week", "exact")]
    [InlineData("Over two days, 697 people were freed.", 2.0, "day", "exact")]
    [InlineData("The talks lasted one hour and 40 minutes.", 100.0, "minute", "exact")]
    [InlineData("The siege lasted two years and three months.", 27.0, "month", "exact")]
    public void Extract_Duration_ReadsValueUnitAndQualifier(string text, double value, string unit, string qualifier)
    {
        var claim = Extracted.From(text).Single(c => c.Kind == ClaimKind.Duration);

        Assert.Equal((value, unit), (claim.Quantity!.Number!.Value, claim.Quantity.Unit!));
        Assert.Equal(qualifier, ContractNames.Of(claim.Qualifier));
    }

    [Theory]
    [InlineData("Two co-defendants received terms of five and seven years.", "five", 5.0, "seven years", 7.0, "year")]
    [InlineData("The stages took about 40 and 90 minutes.", "about 40", 40.0, "90 minutes", 90.0, "minute")]
    public void Extract_FigureJoinedToADurationByAnd_IsADurationInItsUnit(string text, string first, double firstValue, string second, double secondValue, string unit)
    {
        var durations = Extracted.From(text).Where(c => c.Kind == ClaimKind.Duration).Select(c => (c.Text, c.Quantity!.Number!.Value, c.Quantity.Unit!));

        Assert.Equal([(first, firstValue, unit), (second, secondValue, unit)], durations);
    }

    [Theory]
    [InlineData("Officials met on the 16th.", "2025-05-16")]
    [InlineData("Prices rose on the 28th, traders said.", "2025-05-28")]
    [InlineData("They will meet again on the 2nd.", "2025-07-02")]
    [InlineData("They will meet again on the 20th.", "2025-06-20")]
    public void Extract_DayOfTheMonthAlone_IsInTheMonthTheTenseSays(string text, string expected)
    {
        var claim = Extracted.From(text, "2025-06-12").Single(c => c.Kind == ClaimKind.Date);

        Assert.Equal(expected, Extracted.Iso(claim.Temporal!.Start));
        Assert.StartsWith("the ", claim.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("A second round could be held in early June.", "early June", "2025-06-01", "2025-06-10")]
    [InlineData("Talks resumed in mid-May.", "mid-May", "2025-05-11", "2025-05-20")]
    [InlineData("The plan was drafted in late April.", "late April", "2025-04-21", "2025-04-30")]
    [InlineData("It happened in late February 2024.", "late February 2024", "2024-02-21", "2024-02-29")]
    public void Extract_EarlyMidOrLateMonth_IsThatThirdOfTheMonth(string text, string span, string start, string end)
    {
        var claim = Extracted.From(text, "2025-05-27").Single(c => c.Temporal is not null);

        Assert.Equal((span, ClaimKind.DateRange), (claim.Text, claim.Kind));
        Assert.Equal((start, end), (Extracted.Iso(claim.Temporal!.Start), Extracted.Iso(claim.Temporal.End!.Value)));
    }

    [Theory]
    [InlineData("Most detainees wait two to three years for a hearing.", 2.0, 3.0, "year")]
    [InlineData("Repairs will take 4-6 weeks.", 4.0, 6.0, "week")]
    [InlineData("The convoy stopped for between 10 and 15 minutes.", 10.0, 15.0, "minute")]
    [InlineData("Organisers planned a 2-3-day festival.", 2.0, 3.0, "day")]
    public void Extract_DurationRange_IsOneClaimWithBothBounds(string text, double lower, double upper, string unit)
    {
        var claims = Extracted.From(text);

        var claim = Assert.Single(claims);
        Assert.Equal((ClaimKind.Duration, Qualifier.Range), (claim.Kind, claim.Qualifier));
        Assert.Equal(((double?)null, unit, (double?)lower, (double?)upper), (claim.Quantity!.Number, claim.Quantity.Unit, claim.Quantity.Lower, claim.Quantity.Upper));
    }

    [Theory]
    [InlineData("2025-05-24", "2025-05-24", "2025-05-25")]
    [InlineData("2025-05-25", "2025-05-24", "2025-05-25")]
    [InlineData("2025-05-21", "2025-05-17", "2025-05-18")]
    public void Extract_TheWeekendInPastTense_IsTheCurrentOneWhenWrittenOnAWeekend(string published, string start, string end)
    {
        var claim = Extracted.Single("The swap was meant to free 1,000 people each by the end of the weekend.", "the weekend", published);

        Assert.Equal((start, end), (Extracted.Iso(claim.Temporal!.Start), Extracted.Iso(claim.Temporal.End!.Value)));
    }

    [Theory]
    [InlineData("The talks on Friday lasted less than two hours and produced no ceasefire.", "meeting-duration")]
    [InlineData("The summit lasted three hours, and the truce talks were put off.", "meeting-duration")]
    [InlineData("The visit took two days before the ceasefire began.", "visit-duration")]
    [InlineData("The delegations met in Geneva on 16 May for less than two hours.", "meeting-duration")]
    [InlineData("One of those freed had been held for almost three years.", "detention-duration")]
    [InlineData("The attack lasted nearly five hours.", "attack-duration")]
    [InlineData("Delegations spent less than two hours together on Friday.", "meeting-duration")]
    [InlineData("The leaders met in Geneva, the first talks in more than three years.", "meeting-gap")]
    public void Extract_DurationAfterAVerbOfLasting_IsAboutThatVerbsSubject(string text, string measure)
    {
        var claim = Extracted.From(text).Single(c => c.Kind == ClaimKind.Duration);

        Assert.Equal(measure, claim.Measure);
    }

    [Theory]
    [InlineData("Talks ended. The deal was signed on 12 March 2025 in Doha.", "2025-03-12")]
    [InlineData("Published 2024-11-05. Markets fell sharply.", "2024-11-05")]
    public void PublicationDateInference_ExplicitDate_IsTheBestGuess(string text, string expected)
    {
        var (date, confidence) = PublicationDateInference.Infer(text);

        Assert.Equal(expected, Extracted.Iso(date!.Value));
        Assert.InRange(confidence, 0.5, 1.0);
    }

    [Fact]
    public void PublicationDateInference_NoDate_ReturnsNullWithZeroConfidence()
    {
        Assert.Equal(((DateOnly?)null, 0.0), PublicationDateInference.Infer("Nothing here says when."));
    }

    [Theory]
    [InlineData("Inflation averaged 4% between March and May.", "March and May", "2025-03-01", "2025-05-31")]
    [InlineData("Sales rose from March to June.", "March to June", "2025-03-01", "2025-06-30")]
    [InlineData("Talks ran from November to February.", "November to February", "2024-11-01", "2025-02-28")]
    [InlineData("The work ran from March 2023 to May 2024.", "March 2023 to May 2024", "2023-03-01", "2024-05-31")]
    public void Extract_TwoMonthsJoined_AreOneRange(string text, string span, string start, string end)
    {
        var claim = Extracted.From(text, "2025-06-10").Single(c => c.Kind == ClaimKind.DateRange);

        Assert.Equal((span, start, end), (claim.Text, Extracted.Iso(claim.Temporal!.Start), Extracted.Iso(claim.Temporal.End!.Value)));
    }

    [Theory]
    [InlineData("Unemployment fell to 4.1% in the third quarter.", "the third quarter", "2024-07-01", "2024-09-30")]
    [InlineData("Output shrank in the first quarter.", "the first quarter", "2025-01-01", "2025-03-31")]
    [InlineData("Sales will rise in the fourth quarter, the firm said.", "the fourth quarter", "2025-10-01", "2025-12-31")]
    [InlineData("Profit rose 5% last quarter.", "last quarter", "2024-10-01", "2024-12-31")]
    [InlineData("Profit will rise next quarter.", "next quarter", "2025-04-01", "2025-06-30")]
    public void Extract_QuarterWithoutAYear_IsResolvedByTense(string text, string span, string start, string end)
    {
        var claim = Extracted.From(text).Single(c => c.Kind == ClaimKind.DateRange);

        Assert.Equal((span, start, end), (claim.Text, Extracted.Iso(claim.Temporal!.Start), Extracted.Iso(claim.Temporal.End!.Value)));
    }

    [Fact]
    public void Extract_QuarterAsAFraction_IsNoDate()
    {
        Assert.DoesNotContain(Extracted.From("A quarter of those freed were civilians."), c => c.Temporal is not null);
    }
}
