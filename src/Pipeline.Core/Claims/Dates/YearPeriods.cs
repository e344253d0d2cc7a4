using System.Globalization;
using Pipeline.Core.Text;

namespace Pipeline.Core.Claims.Dates;

/// <summary>
/// Periods written around a year: "the 1990s", "between 2016 and 2020", "2016-2020", "2023-24", "the first half of 2025",
/// "the third quarter of 2024", "Q3 2024", "mid-2024", "spring 2027". Read at the year's token, they may start a few tokens before it.
/// </summary>
internal static class YearPeriods
{
    private static readonly string[] Halves = ["first", "second"];
    private static readonly string[] Quarters = ["first", "second", "third", "fourth"];

    public static bool TryRead(TextContext context, int i, out DateMention date)
    {
        // Every form is read at its four-digit year; most tokens are not one, and skip the five readers.
        date = default;
        return IsDigits(context, i, 4)
            && (TryDecade(context, i, out date) || TryYearRange(context, i, out date) || TryPartOfYear(context, i, out date) || TryThirdOfYear(context, i, out date)
                || TrySeason(context, i, out date));
    }

    /// <summary>"spring 2027", "the summer of 2003": the season's three months in the northern hemisphere.</summary>
    private static bool TrySeason(TextContext context, int i, out DateMention date)
    {
        date = default;
        var word = context.Is(i - 1, "of") ? i - 2 : i - 1;
        var firstMonth = context.Is(word, "spring") ? 3 : context.Is(word, "summer") ? 6 : context.Is(word, "autumn") || context.Is(word, "fall") ? 9
            : context.Is(word, "winter") ? 12 : 0;
        if (firstMonth == 0 || !CalendarWords.TryYear(context, i, out var year))
        {
            return false;
        }

        var start = new DateOnly(year, firstMonth, 1);
        var first = context.Is(word - 1, "the") ? word - 1 : word;
        date = new DateMention(first, i + 1, new TemporalValue(start, CalendarMath.MonthEnd(start.AddMonths(2)), DatePrecision.Month), ClaimKind.DateRange);
        return true;
    }

    /// <summary>"early 2026", "mid-2024", "late 2023": the first, middle or last four months.</summary>
    private static bool TryThirdOfYear(TextContext context, int i, out DateMention date)
    {
        date = default;
        var word = context.IsChar(i - 1, '-') && context.Tokens[i].Joined ? i - 2 : i - 1;
        var third = context.Is(word, "early") ? 0 : context.Is(word, "mid") ? 1 : context.Is(word, "late") ? 2 : -1;
        if (third < 0 || !CalendarWords.TryYear(context, i, out var year))
        {
            return false;
        }

        var start = new DateOnly(year, (third * 4) + 1, 1);
        date = new DateMention(word, i + 1, new TemporalValue(start, CalendarMath.MonthEnd(start.AddMonths(3)), DatePrecision.Month), ClaimKind.DateRange);
        return true;
    }

    /// <summary>"the 1990s", "the 2010s".</summary>
    private static bool TryDecade(TextContext context, int i, out DateMention date)
    {
        date = default;
        if (!IsDigits(context, i, 4) || !context.Is(i + 1, "s") || !context.Tokens[i + 1].Joined
            || !int.TryParse(context.Span(i), CultureInfo.InvariantCulture, out var decade) || decade % 10 != 0 || decade is < 1800 or > 2090)
        {
            return false;
        }

        var first = context.Is(i - 1, "the") ? i - 1 : i;
        date = Years(first, i + 2, decade, decade + 9);
        return true;
    }

    /// <summary>"between 2016 and 2020", "from 2016 to 2020", "2016-2020", "2023-24".</summary>
    private static bool TryYearRange(TextContext context, int i, out DateMention date)
    {
        date = default;
        if (!CalendarWords.TryYear(context, i, out var from) || !(CalendarWords.TryYear(context, i + 2, out var to) || ShortYear(context, i + 2, from, out to)) || to <= from)
        {
            return false;
        }

        var opener = context.Is(i - 1, "between") ? "and" : context.Is(i - 1, "from") ? "to" : null;
        var dashed = context.IsAnyChar(i + 1, "-–") && context.Tokens[i + 1].Joined && context.Tokens[i + 2].Joined;
        if (!(dashed || (opener is not null && context.Is(i + 1, opener))))
        {
            return false;
        }

        date = Years(opener is null ? i : i - 1, i + 3, from, to);
        return true;
    }

    /// <summary>"2023-24": the second year in two digits, in the same century, as in fiscal years and seasons.</summary>
    private static bool ShortYear(TextContext context, int index, int from, out int year)
    {
        year = IsDigits(context, index, 2) && context.Tokens[index].Joined ? (from / 100 * 100) + int.Parse(context.Span(index), CultureInfo.InvariantCulture) : 0;
        return year == from + 1;
    }

    /// <summary>"the first half of 2025", "the third quarter of 2024", "Q3 2024", "H1 2025".</summary>
    private static bool TryPartOfYear(TextContext context, int i, out DateMention date)
    {
        date = default;
        if (!CalendarWords.TryYear(context, i, out var year))
        {
            return false;
        }

        var (first, months, index) = context.Is(i - 1, "of") ? Named(context, i - 2) : Coded(context, i - 1);
        if (first < 0)
        {
            return false;
        }

        var start = new DateOnly(year, ((index - 1) * months) + 1, 1);
        date = new DateMention(first, i + 1, new TemporalValue(start, CalendarMath.MonthEnd(start.AddMonths(months - 1)), DatePrecision.Month), ClaimKind.DateRange);
        return true;
    }

    /// <summary>"the second half", "the third quarter" ending at <paramref name="noun"/>: (first token, months per part, part number).</summary>
    private static (int First, int Months, int Index) Named(TextContext context, int noun)
    {
        var months = context.Is(noun, "half") ? 6 : context.Is(noun, "quarter") ? 3 : 0;
        var ordinals = months == 6 ? Halves : Quarters;
        var index = Array.FindIndex(ordinals, o => context.Is(noun - 1, o)) + 1;
        if (months == 0 || index == 0)
        {
            return (-1, 0, 0);
        }

        return (context.Is(noun - 2, "the") ? noun - 2 : noun - 1, months, index);
    }

    /// <summary>"Q3", "H1" right before the year.</summary>
    private static (int First, int Months, int Index) Coded(TextContext context, int digits)
    {
        if (!IsDigits(context, digits, 1) || !context.Tokens[digits].Joined)
        {
            return (-1, 0, 0);
        }

        var index = context.Span(digits)[0] - '0';
        var months = context.Is(digits - 1, "Q") && index is >= 1 and <= 4 ? 3 : context.Is(digits - 1, "H") && index is 1 or 2 ? 6 : 0;
        return months == 0 ? (-1, 0, 0) : (digits - 1, months, index);
    }

    private static bool IsDigits(TextContext context, int index, int length) =>
        index >= 0 && index < context.Tokens.Length && context.Tokens[index].IsDigits && context.Tokens[index].Length == length;

    private static DateMention Years(int first, int end, int from, int to) =>
        new(first, end, new TemporalValue(new DateOnly(from, 1, 1), new DateOnly(to, 12, 31), DatePrecision.Year), ClaimKind.DateRange);
}
