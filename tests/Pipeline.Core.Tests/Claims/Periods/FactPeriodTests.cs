using Pipeline.Core.Claims;
using Pipeline.Core.Claims.Facts;

namespace Pipeline.Core.Tests.Claims.Periods;

/// <summary>The process-wide period tables give what formatting each date gives, also when two days share a slot.</summary>
public class FactPeriodTests
{
    [Fact]
    public void WeeksAndDays_OfDaysThatShareASlot_AreFormattedForEach()
    {
        // 1,024 days apart: the same slot of the fixed tables, asked in turn so each evicts the other.
        var days = new[] { new DateOnly(2025, 5, 23), new DateOnly(2025, 5, 23).AddDays(1024), new DateOnly(2022, 2, 24) };
        for (var round = 0; round < 3; round++)
        {
            foreach (var day in days)
            {
                Assert.Equal(FactKeys.Period(day), FactPeriods.Week(day));
                Assert.Equal(FactKeys.Day(day), FactPeriods.Day(day));
            }
        }
    }

    [Fact]
    public void Undated_IsUndated()
    {
        Assert.Equal("undated", FactPeriods.Week(null));
        Assert.Equal("undated", FactPeriods.Day(null));
    }

    [Theory]
    [InlineData(DatePrecision.Year)]
    [InlineData(DatePrecision.Month)]
    [InlineData(DatePrecision.Day)]
    public void Event_IsTheEventsPeriod(DatePrecision precision)
    {
        var date = new TemporalValue(new DateOnly(2023, 12, 31), null, precision);
        Assert.Equal(DateEvents.Period(date), FactPeriods.Event(date));
        Assert.Equal(DateEvents.Period(date), FactPeriods.Event(date));
    }
}
