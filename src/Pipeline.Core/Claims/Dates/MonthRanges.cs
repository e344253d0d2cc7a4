using Pipeline.Core.Text;

namespace Pipeline.Core.Claims.Dates;

/// <summary>
/// "between March and May", "from March to June", "in March and April": two months joined are one range, from the
/// first day of the first to the last day of the second. A second month before the first is in the next year
/// ("from November to February").
/// </summary>
internal static class MonthRanges
{
    public static DateMention Joined(TextContext context, DateMention date)
    {
        var link = date.EndToken;
        if (date.Kind != ClaimKind.DateRange || date.Value.Precision != DatePrecision.Month || !AbsoluteDates.IsDayRangeLink(context, link)
            || !context.IsCapitalized(link + 1) || !CalendarWords.Is(context, link + 1, "month", out var month))
        {
            return date;
        }

        var first = date.Value.Start;
        var hasYear = CalendarWords.TryYear(context, link + 2, out var year);
        if (!hasYear)
        {
            year = month >= first.Month ? first.Year : first.Year + 1;
        }

        var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        return last <= first
            ? date
            : new DateMention(date.FirstToken, hasYear ? link + 3 : link + 2, new TemporalValue(first, last, DatePrecision.Month), ClaimKind.DateRange);
    }
}
