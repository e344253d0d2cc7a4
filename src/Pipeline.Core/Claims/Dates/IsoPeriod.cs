using System.Globalization;

namespace Pipeline.Core.Claims.Dates;

/// <summary>
/// A stated period as an ISO 8601 date or interval, as the contract's <c>refersTo</c> and the gold's
/// <c>refers_to_date</c> write it: "2025-05-23", "2023-01-01/2023-12-31", and "2022-03-01/.." for an open interval.
/// </summary>
public static class IsoPeriod
{
    private const string Format = "yyyy-MM-dd";
    private const string OpenEnd = "..";

    public static string? Of(TemporalValue? period) => period switch
    {
        null => null,
        { End: null } => $"{Day(period.Start)}/{OpenEnd}",
        _ when period.End == period.Start => Day(period.Start),
        _ => $"{Day(period.Start)}/{Day(period.End!.Value)}",
    };

    /// <summary>Reads what <see cref="Of"/> wrote; the precision is the day, since the interval spells out every day.</summary>
    public static TemporalValue? Parse(string? text)
    {
        var parts = text?.Split('/') ?? [];
        if (parts.Length is < 1 or > 2 || !TryDay(parts[0], out var start))
        {
            return null;
        }

        if (parts.Length == 1)
        {
            return new TemporalValue(start, start, DatePrecision.Day);
        }

        return parts[1] == OpenEnd ? new TemporalValue(start, null, DatePrecision.Day)
            : TryDay(parts[1], out var end) ? new TemporalValue(start, end, DatePrecision.Day) : null;
    }

    private static string Day(DateOnly day) => day.ToString(Format, CultureInfo.InvariantCulture);

    private static bool TryDay(string text, out DateOnly day) =>
        DateOnly.TryParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out day);
}
