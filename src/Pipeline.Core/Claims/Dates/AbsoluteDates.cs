using System.Buffers;
using Pipeline.Core.Claims.Numbers;
using Pipeline.Core.Text;

namespace Pipeline.Core.Claims.Dates;

/// <summary>
/// Calendar dates: "May 16", "16 May 2025", "May 24 and 25", "May 24-25", "July 2024", "in April", "in 2022", "2025-05-23",
/// and the periods around a year in <see cref="YearPeriods"/>.
/// Without a year, the reference date picks it (the nearest year for a day, tense for a bare month).
/// </summary>
internal static class AbsoluteDates
{
    // Asked before every month word and year: by id, one array read where the string lists took an ignore-case compare per word.
    private static readonly WordSet MonthPrepositions = new("in", "since", "until", "by", "from", "during", "early", "late", "mid", "through", "before", "after", "of", "between");
    private const int TenseSlackDays = 31;

    private static readonly SearchValues<char> Dashes = SearchValues.Create("-–");

    // Tested after every date and before many small figures: by id, one compare instead of an ignore-case one per word.
    private static readonly WordSet DayRangeLinks = new("and", "to", "through", "until");
    private static readonly int The = Vocabulary.RequiredId("the");

    private static readonly WordSet YearPrepositions = new("in", "since", "during", "until", "by", "from", "before", "after", "throughout");
    private static readonly int On = Vocabulary.RequiredId("on");
    private static readonly int Early = Vocabulary.RequiredId("early");
    private static readonly int Mid = Vocabulary.RequiredId("mid");
    private static readonly int Late = Vocabulary.RequiredId("late");

    public static bool TryRead(TextContext context, int i, DateOnly? reference, out DateMention date)
    {
        date = default;

        if (context.Tokens[i].IsDigits && !DigitsMayStart(context, i))
        {
            return false;
        }

        if (CalendarWords.Is(context, i, "month", out var month))
        {
            return MonthFirst(context, i, month, reference, out date);
        }

        if (DayFirstRange(context, i, reference, out date))
        {
            return true;
        }

        if (CalendarWords.TryDay(context, i, out var day, out var dayEnd) && CalendarWords.Is(context, dayEnd, "month", out month))
        {
            var hasYear = CalendarWords.TryYear(context, dayEnd + 1, out var year);
            return DayDate(i, hasYear ? dayEnd + 2 : dayEnd + 1, hasYear ? CalendarMath.Safe(year, month, day) : Resolve(context, i, dayEnd + 1, reference, month, day), out date);
        }

        if (YearPeriods.TryRead(context, i, out date) || DayOfTheMonth(context, i, reference, out date))
        {
            return true;
        }

        if (CalendarWords.TryYear(context, i, out var isoYear) && TryIso(context, i, isoYear, out date))
        {
            return true;
        }

        if (CalendarWords.TryYear(context, i, out var alone) && context.IsAny(i - 1, YearPrepositions))
        {
            date = new DateMention(i, i + 1, new TemporalValue(new DateOnly(alone, 1, 1), new DateOnly(alone, 12, 31), DatePrecision.Year), ClaimKind.DateRange);
            return true;
        }

        return false;
    }

    /// <summary>
    /// Digits start a date only as a day (one or two digits) with a month word at most five tokens on or "the" before
    /// it, or as a year (four digits, 1800 to 2100, see <see cref="CalendarWords.TryYear"/>). Other runs, common in
    /// tables and lists of figures (a text of digits spent a sixth of its time here), skip the readers below, which
    /// would each reject them.
    /// </summary>
    private static bool DigitsMayStart(TextContext context, int i) => context.Tokens[i].Length switch
    {
        1 or 2 => context.Has(i + 1, LexiconMarks.Calendar) || MonthAhead(context, i) || context.IsWordId(i - 1, The),
        4 => DigitValues.Int(context.Span(i)) is >= 1800 and <= 2100,
        _ => false,
    };

    /// <summary>
    /// "met on the 16th": a day of the reference's month, or of the month before in the past tense ("on the 28th",
    /// written on the 3rd) and of the month after in the future.
    /// </summary>
    private static bool DayOfTheMonth(TextContext context, int i, DateOnly? reference, out DateMention date)
    {
        date = default;
        if (reference is not { } today || !context.IsWordId(i - 1, The) || !context.IsWordId(i - 2, On) || !CalendarWords.TryDay(context, i, out var day, out var dayEnd)
            || dayEnd != i + 2 || context.IsWord(dayEnd))
        {
            return false;
        }

        var monthStart = new DateOnly(today.Year, today.Month, 1);
        var future = TenseReader.IsFuture(context, i - 2, dayEnd);
        var month = future && day < today.Day ? monthStart.AddMonths(1) : !future && day > today.Day ? monthStart.AddMonths(-1) : monthStart;
        return DayDate(i - 1, dayEnd, CalendarMath.Safe(month.Year, month.Month, day), out date);
    }

    /// <summary>"and", "-", "to", "through" between two days of one month.</summary>
    public static bool IsDayRangeLink(TextContext context, int index) =>
        context.IsAny(index, DayRangeLinks) || TokenMarks.At(context, index, Dashes);

    /// <summary>"1-3 June", "24 and 25 May 2025".</summary>
    /// <summary>"1-3 June", "1st to 3rd June": the month comes two to five tokens after the first day.</summary>
    private static bool MonthAhead(TextContext context, int i) =>
        context.Has(i + 2, LexiconMarks.Calendar) || context.Has(i + 3, LexiconMarks.Calendar) || context.Has(i + 4, LexiconMarks.Calendar) || context.Has(i + 5, LexiconMarks.Calendar);

    private static bool DayFirstRange(TextContext context, int i, DateOnly? reference, out DateMention date)
    {
        date = default;
        if (!MonthAhead(context, i) || !CalendarWords.TryDay(context, i, out var day, out var dayEnd) || !IsDayRangeLink(context, dayEnd)
            || !CalendarWords.TryDay(context, dayEnd + 1, out var lastDay, out var lastEnd) || lastDay <= day
            || !CalendarWords.Is(context, lastEnd, "month", out var month))
        {
            return false;
        }

        var hasYear = CalendarWords.TryYear(context, lastEnd + 1, out var year);
        var end = hasYear ? lastEnd + 2 : lastEnd + 1;
        var from = hasYear ? CalendarMath.Safe(year, month, day) : Resolve(context, i, end, reference, month, day);
        var to = from is { } start ? CalendarMath.Safe(start.Year, month, lastDay) : null;
        date = new DateMention(i, end, new TemporalValue(from ?? default, to ?? default, DatePrecision.Day), ClaimKind.DateRange);
        return to is not null;
    }

    private static bool MonthFirst(TextContext context, int i, int month, DateOnly? reference, out DateMention date)
    {
        date = default;
        var next = context.IsChar(i + 1, '.') ? i + 2 : i + 1;
        if (CalendarWords.TryDay(context, next, out var day, out var dayEnd))
        {
            var yearAt = context.IsChar(dayEnd, ',') ? dayEnd + 1 : dayEnd;
            if (CalendarWords.TryYear(context, yearAt, out var year))
            {
                return DayDate(i, yearAt + 1, CalendarMath.Safe(year, month, day), out date);
            }

            if (IsDayRangeLink(context, dayEnd) && CalendarWords.TryDay(context, dayEnd + 1, out var lastDay, out var rangeEnd)
                && lastDay > day && Resolve(context, i, rangeEnd, reference, month, day) is { } from)
            {
                var to = CalendarMath.Safe(from.Year, month, lastDay);
                date = new DateMention(i, rangeEnd, new TemporalValue(from, to ?? from, DatePrecision.Day), ClaimKind.DateRange);
                return to is not null;
            }

            return DayDate(i, dayEnd, Resolve(context, i, dayEnd, reference, month, day), out date);
        }

        var ofYear = context.Is(next, "of") ? next + 1 : next;
        if (CalendarWords.TryYear(context, ofYear, out var monthYear))
        {
            date = MonthDate(context, i, ofYear + 1, new DateOnly(monthYear, month, 1), PartOfMonth(context, i));
            return true;
        }

        var third = PartOfMonth(context, i);
        if (reference is not { } today || (third < 0 && (!context.IsAny(i - 1, MonthPrepositions) || (context.IsChar(i - 1, '-') && context.IsAny(i - 2, MonthPrepositions)))))
        {
            return false;
        }

        date = MonthDate(context, i, i + 1, CalendarMath.Month(today, month, TenseReader.IsFuture(context, i, i + 1), strict: false), third);
        return true;
    }

    private const int DaysInAThird = 10;

    /// <summary>The month, or its first, middle or last ten days when "early", "mid-" or "late" comes before it.</summary>
    private static DateMention MonthDate(TextContext context, int i, int end, DateOnly monthStart, int third)
    {
        if (third < 0)
        {
            return new DateMention(i, end, new TemporalValue(monthStart, CalendarMath.MonthEnd(monthStart), DatePrecision.Month), ClaimKind.DateRange);
        }

        var start = monthStart.AddDays(third * DaysInAThird);
        var last = third == 2 ? CalendarMath.MonthEnd(monthStart) : start.AddDays(DaysInAThird - 1);
        return new DateMention(ThirdWord(context, i), end, new TemporalValue(start, last, DatePrecision.Day), ClaimKind.DateRange);
    }

    /// <summary>"early June" 0, "mid-May" or "mid May" 1, "late April" 2; -1 for a month with none of them.</summary>
    private static int PartOfMonth(TextContext context, int i)
    {
        var word = ThirdWord(context, i);
        return context.IsWordId(word, Early) ? 0 : context.IsWordId(word, Mid) ? 1 : context.IsWordId(word, Late) ? 2 : -1;
    }

    private static int ThirdWord(TextContext context, int i) => context.IsChar(i - 1, '-') && context.Tokens[i].Joined ? i - 2 : i - 1;

    /// <summary>
    /// The year nearest the reference, unless the clause's tense says otherwise by more than a month: "was signed on
    /// 3 June", published in March, is last June.
    /// </summary>
    private static DateOnly? Resolve(TextContext context, int first, int end, DateOnly? reference, int month, int day)
    {
        if (reference is not { } today || CalendarMath.MonthDay(today, month, day) is not { } nearest)
        {
            return null;
        }

        var gap = nearest.DayNumber - today.DayNumber;
        var future = gap is > TenseSlackDays or < -TenseSlackDays ? TenseReader.Stated(context, first, end) : null;
        return (future, gap) switch
        {
            (false, > 0) => CalendarMath.Safe(nearest.Year - 1, month, day) ?? nearest,
            (true, < 0) => CalendarMath.Safe(nearest.Year + 1, month, day) ?? nearest,
            _ => nearest,
        };
    }

    private static bool DayDate(int first, int end, DateOnly? day, out DateMention date)
    {
        date = day is { } d ? new DateMention(first, end, new TemporalValue(d, d, DatePrecision.Day), ClaimKind.Date) : default;
        return day is not null;
    }

    /// <summary>"2025-05-23".</summary>
    private static bool TryIso(TextContext context, int i, int year, out DateMention date)
    {
        date = default;
        if (i + 4 >= context.Tokens.Length || !context.IsChar(i + 1, '-') || !context.IsChar(i + 3, '-') || !context.Tokens[i + 2].IsDigits
            || !context.Tokens[i + 4].IsDigits || !context.Tokens[i + 1].Joined || !context.Tokens[i + 4].Joined)
        {
            return false;
        }

        var month = int.Parse(context.Span(i + 2), System.Globalization.CultureInfo.InvariantCulture);
        var day = int.Parse(context.Span(i + 4), System.Globalization.CultureInfo.InvariantCulture);
        return DayDate(i, i + 5, CalendarMath.Safe(year, month, day), out date);
    }
}
