using Pipeline.Core.Claims;
using Pipeline.Core.Reliability.Compatibility;

namespace Pipeline.Core.Tests.Reliability;

public class ValueCompatibilityTests
{
    [Theory]
    [InlineData(800, Qualifier.Nearly, 780, true)]
    [InlineData(800, Qualifier.Nearly, 805, false)]
    [InlineData(250, Qualifier.MoreThan, 246, false)]
    [InlineData(250, Qualifier.MoreThan, 251, true)]
    [InlineData(1000, Qualifier.Approx, 990, true)]
    [InlineData(390, Qualifier.Exact, 392, true)]
    [InlineData(390, Qualifier.Exact, 400, false)]
    [InlineData(3, Qualifier.Exact, 4, false)]
    public void Agree_QualifiedNumber_RespectsBounds(double stated, Qualifier qualifier, double other, bool expected)
    {
        var claim = StatedValue.Number(stated, qualifier);

        Assert.Equal(expected, ValueCompatibility.Support(claim, StatedValue.Number(other)) >= 0.999);
    }

    [Fact]
    public void Support_MonthAndDayInside_Agree()
    {
        var may = StatedValue.Date(new TemporalValue(new DateOnly(2025, 5, 1), null, DatePrecision.Month));
        var day = StatedValue.Date(new TemporalValue(new DateOnly(2025, 5, 23), null, DatePrecision.Day));
        var june = StatedValue.Date(new TemporalValue(new DateOnly(2025, 6, 2), null, DatePrecision.Day));

        Assert.Equal(1, ValueCompatibility.Support(may, day));
        Assert.Equal(0, ValueCompatibility.Support(may, june));
    }

    [Fact]
    public void Support_DurationsInDifferentUnits_Agree()
    {
        var weeks = StatedValue.FromQuantity(new Quantity(3, "weeks", 3, 3), Qualifier.Exact, ValueKind.Duration);
        var days = StatedValue.FromQuantity(new Quantity(21, "days", 21, 21), Qualifier.Exact, ValueKind.Duration);

        Assert.Equal(1, ValueCompatibility.Support(weeks, days));
    }
}
