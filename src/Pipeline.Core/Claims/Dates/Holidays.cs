using Pipeline.Core.Text;

namespace Pipeline.Core.Claims.Dates;

/// <summary>
/// Holidays as days: "Easter", "Orthodox Easter", "Easter Monday", "Good Friday", "Christmas Day", "Christmas Eve",
/// "Thanksgiving". The year is the one the tense points to: the last before the publication day in past text, the next
/// in future text, else the nearer of the two ("the truce over Orthodox Easter", written a month after it).
/// </summary>
internal static class Holidays
{
    private const int Easter = 1;
    private const int Christmas = 2;
    private const int Thanksgiving = 3;

    private static readonly int Orthodox = Vocabulary.RequiredId("orthodox");
    private static readonly int Good = Vocabulary.RequiredId("good");

    public static bool TryRead(TextContext context, int i, DateOnly reference, out DateMention date)
    {
        // Read at the calendar word; "Orthodox" and "Good" before it join the span.
        date = default;
        var orthodox = IsCapitalizedWord(context, i - 1, Orthodox);
        var good = IsCapitalizedWord(context, i - 1, Good) && CalendarWords.Is(context, i, "weekday", out var weekday) && weekday == (int)DayOfWeek.Friday;
        var (holiday, offset, end) = good ? (Easter, -2, i + 1) : Named(context, i);
        if (holiday == 0)
        {
            return false;
        }

        var first = orthodox || good ? i - 1 : i;

        Func<int, DateOnly> on = holiday switch
        {
            Easter => year => (orthodox ? OrthodoxEaster(year) : WesternEaster(year)).AddDays(offset),
            Christmas => year => new DateOnly(year, 12, 25).AddDays(offset),
            _ => FourthThursdayOfNovember,
        };
        var day = Nearest(on, reference, TenseReader.Stated(context, first, end));
        date = new DateMention(first, end, new TemporalValue(day, day, DatePrecision.Day), ClaimKind.Date);
        return true;
    }

    private static bool IsCapitalizedWord(TextContext context, int index, int id) => context.IsWordId(index, id) && context.IsCapitalized(index);

    /// <summary>
    /// The holiday named at <paramref name="word"/> (0 for none), and the day the word after it names, as days from the
    /// feast: "Easter Sunday", "Easter Monday", "Christmas Day", "Christmas Eve".
    /// </summary>
    private static (int Holiday, int Offset, int End) Named(TextContext context, int word)
    {
        if (!CalendarWords.Is(context, word, "holiday", out var holiday))
        {
            return (0, 0, word);
        }

        var next = word + 1;
        return holiday switch
        {
            Easter when context.Is(next, "sunday") => (holiday, 0, next + 1),
            Easter when context.Is(next, "monday") => (holiday, 1, next + 1),
            Christmas when context.Is(next, "day") => (holiday, 0, next + 1),
            Christmas when context.Is(next, "eve") => (holiday, -1, next + 1),
            _ => (holiday, 0, next),
        };
    }

    private static DateOnly Nearest(Func<int, DateOnly> on, DateOnly reference, bool? future)
    {
        var (before, after) = (on(reference.Year), on(reference.Year));
        before = before > reference ? on(reference.Year - 1) : before;
        after = after < reference ? on(reference.Year + 1) : after;
        return future switch
        {
            true => after,
            false => before,
            null => reference.DayNumber - before.DayNumber <= after.DayNumber - reference.DayNumber ? before : after,
        };
    }

    /// <summary>The Gregorian computus (the anonymous algorithm of 1876).</summary>
    private static DateOnly WesternEaster(int year)
    {
        var a = year % 19;
        var (b, c) = (year / 100, year % 100);
        var (d, e) = (b / 4, b % 4);
        var g = ((8 * b) + 13) / 25;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var (i, k) = (c / 4, c % 4);
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (19 * l)) / 433;
        var month = (h + l - (7 * m) + 90) / 25;
        return new DateOnly(year, month, (h + l - (7 * m) + (33 * month) + 19) % 32);
    }

    /// <summary>The Julian computus (Meeus), moved to the Gregorian calendar: 13 days later from 1900 to 2099.</summary>
    private static DateOnly OrthodoxEaster(int year)
    {
        var (a, b, c) = (year % 4, year % 7, year % 19);
        var d = ((19 * c) + 15) % 30;
        var e = ((2 * a) + (4 * b) - d + 34) % 7;
        var month = (d + e + 114) / 31;
        var day = ((d + e + 114) % 31) + 1;
        return new DateOnly(year, month, day).AddDays(JulianOffset(year));
    }

    private static int JulianOffset(int year) => (year / 100) - (year / 400) - 2;

    private static DateOnly FourthThursdayOfNovember(int year)
    {
        var first = new DateOnly(year, 11, 1);
        return first.AddDays((((int)DayOfWeek.Thursday - (int)first.DayOfWeek + 7) % 7) + 21);
    }
}
