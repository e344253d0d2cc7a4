using Pipeline.Core.Claims.Facts;

namespace Pipeline.Core.Claims;

/// <summary>
/// The period parts of one article's fact keys. An article names few dates and many claims share them, so each is
/// formatted once (an ISO week is not cheap to compute).
/// </summary>
internal sealed class FactPeriods
{
    private readonly Dictionary<DateOnly, string> weeks = [];
    private readonly Dictionary<DateOnly, string> days = [];
    private readonly Dictionary<DateOnly, string> months = [];
    private readonly Dictionary<DateOnly, string> years = [];

    public string Week(DateOnly? date) => Cached(weeks, date, FactKeys.Period);

    public string Day(DateOnly? date) => Cached(days, date, FactKeys.Day);

    /// <summary>The period of a dated event's key (<see cref="DateEvents.Period"/>): its year, month or week.</summary>
    public string Event(TemporalValue date) => date.Precision switch
    {
        DatePrecision.Year => Cached(years, date.Start, _ => DateEvents.Period(date)),
        DatePrecision.Month => Cached(months, date.Start, _ => DateEvents.Period(date)),
        _ => Week(date.Start),
    };

    private static string Cached(Dictionary<DateOnly, string> cache, DateOnly? date, Func<DateOnly?, string> format)
    {
        if (date is not { } day)
        {
            return format(null);
        }

        if (!cache.TryGetValue(day, out var text))
        {
            text = format(day);
            cache[day] = text;
        }

        return text;
    }
}
