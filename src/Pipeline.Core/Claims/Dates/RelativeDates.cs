using Pipeline.Core.Text;

namespace Pipeline.Core.Claims.Dates;

/// <summary>
/// Dates relative to the publication date: "yesterday", "Friday" (tense decides which), "last Friday", "last week's",
/// "earlier this month", "next year", "the weekend", "last August".
/// </summary>
internal static class RelativeDates
{
    private static readonly int For = Vocabulary.RequiredId("for");

    // Asked of every word near a calendar word: by id, one compare each instead of an ignore-case string compare.
    private static readonly int Earlier = Vocabulary.RequiredId("earlier");
    private static readonly int Later = Vocabulary.RequiredId("later");
    private static readonly int This = Vocabulary.RequiredId("this");
    private static readonly int The = Vocabulary.RequiredId("the");

    // Each modifier word and what it means: "previous" is "last", "coming" is "next".
    private static readonly (int Id, string Meaning)[] Modifiers =
    [
        (Vocabulary.RequiredId("last"), "last"), (This, "this"), (Vocabulary.RequiredId("next"), "next"),
        (Vocabulary.RequiredId("previous"), "last"), (Vocabulary.RequiredId("coming"), "next"),
    ];

    public static bool TryRead(TextContext context, int i, DateOnly reference, out DateMention date)
    {
        date = default;
        var modifier = Modifier(context, i, out var target);
        if (modifier is not null)
        {
            return Modified(context, i, target, modifier, reference, out date);
        }

        if (context.IsWordId(i, The) && CalendarWords.Is(context, i + 1, "period", out var days) && days == 2)
        {
            return Weekend(context, i, i + 2, reference, "the", out date);
        }

        if (context.IsWordId(i, The) && NumberedQuarter(context, i + 1) is var number and > 0)
        {
            date = QuarterOf(i, number, TenseReader.IsFuture(context, i, i + 3), reference);
            return true;
        }

        if (!CalendarWords.TryGet(context, i, out var kind, out var value))
        {
            return false;
        }

        if (kind == "day")
        {
            date = Day(i, i + 1, reference.AddDays(value));
            return true;
        }

        if (kind == "weekday")
        {
            // "called a strike for Monday", "set for Friday": a day something is set for is still to come, whatever
            // the tense of the verb that set it.
            var future = context.IsWordId(i - 1, For) || TenseReader.IsFuture(context, i, i + 1);
            date = Day(i, i + 1, CalendarMath.Weekday(reference, (DayOfWeek)value, future, strict: false));
            return true;
        }

        return false;
    }

    /// <summary>"last", "this", "next", "earlier this", "later this"; <paramref name="target"/> is the word they modify.</summary>
    private static string? Modifier(TextContext context, int i, out int target)
    {
        target = i + 1;

        // Every modifier word carries the DateCue mark: the calendar words themselves, most of the words asked, stop at
        // one flag test instead of seven id compares.
        if (!context.Has(i, LexiconMarks.DateCue))
        {
            return null;
        }

        if ((context.IsWordId(i, Earlier) || context.IsWordId(i, Later)) && context.IsWordId(i + 1, This))
        {
            target = i + 2;
            return context.IsWordId(i, Earlier) ? "earlier" : "later";
        }

        foreach (var (id, meaning) in Modifiers)
        {
            if (context.IsWordId(i, id))
            {
                return CalendarWords.TryGet(context, i + 1, out var kind, out _) && kind != "day" ? meaning : null;
            }
        }

        return null;
    }

    private static bool Modified(TextContext context, int first, int target, string modifier, DateOnly reference, out DateMention date)
    {
        date = default;
        if (!CalendarWords.TryGet(context, target, out var kind, out var value) || kind == "day")
        {
            return false;
        }

        var end = target + 1;
        var next = modifier == "next";
        switch (kind)
        {
            case "weekday":
                var future = next || (modifier == "this" && TenseReader.IsFuture(context, first, end));
                date = Day(first, end, CalendarMath.Weekday(reference, (DayOfWeek)value, future, strict: modifier is "last" or "next"));
                return modifier is not ("earlier" or "later");
            case "month":
                var month = modifier == "this" ? new DateOnly(reference.Year, value, 1) : CalendarMath.Month(reference, value, next, strict: true);
                date = Range(first, end, month, CalendarMath.MonthEnd(month), DatePrecision.Month);
                return modifier is not ("earlier" or "later");
            default:
                return value == 2 ? Weekend(context, first, end, reference, modifier, out date) : Period(first, end, value, modifier, reference, out date);
        }
    }

    private static bool Period(int first, int end, int days, string modifier, DateOnly reference, out DateMention date)
    {
        var (start, last, precision) = days switch
        {
            7 => (CalendarMath.WeekStart(reference), CalendarMath.WeekStart(reference).AddDays(6), DatePrecision.Week),
            Quarter => (QuarterStart(reference), QuarterStart(reference).AddMonths(3).AddDays(-1), DatePrecision.Month),
            30 => (new DateOnly(reference.Year, reference.Month, 1), CalendarMath.MonthEnd(new DateOnly(reference.Year, reference.Month, 1)), DatePrecision.Month),
            _ => (new DateOnly(reference.Year, 1, 1), new DateOnly(reference.Year, 12, 31), DatePrecision.Year),
        };
        (start, last) = modifier switch
        {
            "last" => Shift(start, days, -1),
            "next" => Shift(start, days, 1),
            "earlier" => (start, reference.AddDays(-1)),
            "later" => (reference.AddDays(1), last),
            _ => (start, last),
        };
        date = Range(first, end, start, last, precision);
        return start <= last;
    }

    private static (DateOnly Start, DateOnly End) Shift(DateOnly start, int days, int by) => days switch
    {
        7 => (start.AddDays(7 * by), start.AddDays((7 * by) + 6)),
        30 => (start.AddMonths(by), start.AddMonths(by + 1).AddDays(-1)),
        Quarter => (start.AddMonths(3 * by), start.AddMonths(3 * (by + 1)).AddDays(-1)),
        _ => (start.AddYears(by), start.AddYears(by + 1).AddDays(-1)),
    };

    /// <summary>
    /// The Saturday and Sunday after (next, this) or before (last) the reference. Written on a weekend, "the weekend"
    /// and "this weekend" are that one ("1,000 freed by the end of the weekend", published on the Saturday).
    /// </summary>
    private static bool Weekend(TextContext context, int first, int end, DateOnly reference, string modifier, out DateMention date)
    {
        var future = modifier is "next" or "this" || (modifier != "last" && TenseReader.IsFuture(context, first, end));
        var onWeekend = reference.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
        var saturday = onWeekend && modifier is "the" or "this" ? (reference.DayOfWeek == DayOfWeek.Sunday ? reference.AddDays(-1) : reference)
            : reference.DayOfWeek == DayOfWeek.Sunday && modifier != "next" ? reference.AddDays(-1)
            : CalendarMath.Weekday(reference, DayOfWeek.Saturday, future, strict: !future);
        date = Range(first, end, saturday, saturday.AddDays(1), DatePrecision.Day);
        return true;
    }

    // The calendar lexicon's length of a quarter, in days: "last quarter", "this quarter".
    private const int Quarter = 91;
    private static readonly string[] QuarterOrdinals = ["first", "second", "third", "fourth"];

    private static DateOnly QuarterStart(DateOnly day) => new(day.Year, ((day.Month - 1) / 3 * 3) + 1, 1);

    /// <summary>
    /// 1 to 4 for "first quarter" to "fourth quarter" at <paramref name="i"/> with no year after it (then it is a
    /// year's period: "the third quarter of 2024"), else 0.
    /// </summary>
    private static int NumberedQuarter(TextContext context, int i)
    {
        if (!CalendarWords.Is(context, i + 1, "period", out var days) || days != Quarter || context.Is(i + 2, "of") || CalendarWords.TryYear(context, i + 2, out _))
        {
            return 0;
        }

        return Array.FindIndex(QuarterOrdinals, ordinal => context.Is(i, ordinal)) + 1;
    }

    /// <summary>"fell 4% in the third quarter": the last such quarter begun by the reference date, or in a future clause the next one not yet over.</summary>
    private static DateMention QuarterOf(int first, int number, bool future, DateOnly reference)
    {
        var start = new DateOnly(reference.Year, (3 * (number - 1)) + 1, 1);
        var end = start.AddMonths(3).AddDays(-1);
        var shift = future ? (end < reference ? 1 : 0) : (start > reference ? -1 : 0);
        return Range(first, first + 3, start.AddYears(shift), end.AddYears(shift), DatePrecision.Month);
    }

    private static DateMention Day(int first, int end, DateOnly day) =>
        new(first, end, new TemporalValue(day, day, DatePrecision.Day), ClaimKind.Date);

    private static DateMention Range(int first, int end, DateOnly start, DateOnly last, DatePrecision precision) =>
        new(first, end, new TemporalValue(start, last, precision), ClaimKind.DateRange);
}
