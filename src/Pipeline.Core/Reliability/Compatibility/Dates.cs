using Pipeline.Core.Claims;

namespace Pipeline.Core.Reliability.Compatibility;

/// <summary>The days a date covers at its stated precision: "May 2025" is the whole month, "2025" the whole year.</summary>
public static class Dates
{
    public static (DateOnly First, DateOnly Last) Span(TemporalValue date)
    {
        ArgumentNullException.ThrowIfNull(date);
        var start = date.Start;
        var first = date.Precision switch
        {
            DatePrecision.Year => new DateOnly(start.Year, 1, 1),
            DatePrecision.Month => new DateOnly(start.Year, start.Month, 1),
            _ => start,
        };
        var last = date.End ?? date.Precision switch
        {
            DatePrecision.Year => new DateOnly(start.Year, 12, 31),
            DatePrecision.Month => first.AddMonths(1).AddDays(-1),
            DatePrecision.Week => start.AddDays(6),
            _ => start,
        };
        return (first, last < first ? first : last);
    }
}
