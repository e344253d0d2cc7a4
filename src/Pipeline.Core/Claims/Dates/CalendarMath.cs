namespace Pipeline.Core.Claims.Dates;

/// <summary>Calendar arithmetic relative to a reference date. Weeks run Monday to Sunday (ISO 8601).</summary>
internal static class CalendarMath
{
    /// <summary>The weekday on or before (past) or on or after (future) the reference; strictly so for "last"/"next".</summary>
    public static DateOnly Weekday(DateOnly reference, DayOfWeek day, bool future, bool strict)
    {
        var offset = ((int)day - (int)reference.DayOfWeek + 7) % 7;
        if (future)
        {
            return reference.AddDays(offset == 0 && strict ? 7 : offset);
        }

        var back = ((int)reference.DayOfWeek - (int)day + 7) % 7;
        return reference.AddDays(-(back == 0 && strict ? 7 : back));
    }

    public static DateOnly WeekStart(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));

    /// <summary>A month without a year: the latest one before (past) or the next one after (future) the reference month.</summary>
    public static DateOnly Month(DateOnly reference, int month, bool future, bool strict)
    {
        var year = reference.Year;
        if (future)
        {
            year += month < reference.Month || (strict && month == reference.Month) ? 1 : 0;
        }
        else
        {
            year -= month > reference.Month || (strict && month == reference.Month) ? 1 : 0;
        }

        return new DateOnly(year, month, 1);
    }

    public static DateOnly MonthEnd(DateOnly monthStart) => monthStart.AddMonths(1).AddDays(-1);

    /// <summary>A day and month without a year: the year that puts it nearest the reference.</summary>
    public static DateOnly? MonthDay(DateOnly reference, int month, int day)
    {
        DateOnly? best = null;
        for (var year = reference.Year - 1; year <= reference.Year + 1; year++)
        {
            if (day <= DateTime.DaysInMonth(year, month))
            {
                var candidate = new DateOnly(year, month, day);
                if (best is null || Math.Abs(candidate.DayNumber - reference.DayNumber) < Math.Abs(best.Value.DayNumber - reference.DayNumber))
                {
                    best = candidate;
                }
            }
        }

        return best;
    }

    public static DateOnly? Safe(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
}
