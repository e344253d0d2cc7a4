using System.Globalization;
using Pipeline.Core.Claims;
using Pipeline.Core.Claims.Facts;

namespace Pipeline.Core.Tests.Claims.Properties;

/// <summary>Fact-key periods are written digit by digit; these pin them to the culture formatting they replaced.</summary>
public class FactPeriodTests
{
    private static IEnumerable<DateOnly> Days()
    {
        // Every day around the years news is about (ISO weeks 52 and 53 and week 1 of the next year among them), and
        // a sample of the whole calendar, its first and last days included.
        for (var day = new DateOnly(1998, 1, 1); day <= new DateOnly(2032, 12, 31); day = day.AddDays(1))
        {
            yield return day;
        }

        for (var dayNumber = DateOnly.MinValue.DayNumber; dayNumber <= DateOnly.MaxValue.DayNumber; dayNumber += 997)
        {
            yield return DateOnly.FromDayNumber(dayNumber);
        }

        yield return DateOnly.MaxValue;
    }

    [Fact]
    public void Periods_AnyDay_MatchCultureFormatting()
    {
        foreach (var day in Days())
        {
            var time = day.ToDateTime(TimeOnly.MinValue);
            var week = $"{ISOWeek.GetYear(time)}-W{ISOWeek.GetWeekOfYear(time):D2}";
            Assert.Equal(week, FactKeys.Period(day));
            Assert.Equal(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), FactKeys.Day(day));
            Assert.Equal(day.ToString("yyyy-MM", CultureInfo.InvariantCulture), DateEvents.Period(new TemporalValue(day, null, DatePrecision.Month)));
            Assert.Equal(day.ToString("yyyy", CultureInfo.InvariantCulture), DateEvents.Period(new TemporalValue(day, null, DatePrecision.Year)));
            Assert.Equal(week, DateEvents.Period(new TemporalValue(day, null, DatePrecision.Day)));
        }
    }

    [Fact]
    public void Periods_NoDate_AreUndated()
    {
        Assert.Equal("undated", FactKeys.Period(null));
        Assert.Equal("undated", FactKeys.Day(null));
    }

    [Fact]
    public void Keys_WrittenInOnePass_MatchTheInterpolatedKey()
    {
        var day = new DateOnly(2025, 5, 23);
        foreach (var scope in new ClaimScope?[] { null, ClaimScope.PerSide, ClaimScope.Total })
        {
            foreach (var frame in new[] { null, "released" })
            {
                var expected = FactKeys.For("persons", frame, scope, "russia,ukraine", FactKeys.Period(day));
                Assert.Equal(expected, FactKeys.For("persons", null, frame, scope, "russia,ukraine", FactPeriod.Week(day)));
                Assert.Equal(
                    FactKeys.For("persons-date", frame, scope, "any", "undated"),
                    FactKeys.For("persons", "date", frame, scope, "any", FactPeriod.Week(null)));
            }
        }
    }
}
