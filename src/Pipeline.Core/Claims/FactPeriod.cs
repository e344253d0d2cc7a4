using System.Globalization;

namespace Pipeline.Core.Claims;

/// <summary>
/// The period part of a fact key: an ISO week ("2025-W21"), a day ("2025-05-23"), a month ("2025-05"), a year
/// ("2025") or "undated". It is written straight into the key (<see cref="FactKeys"/>): formatting it into a string of
/// its own, and caching that per article, cost more than writing a few digits.
/// </summary>
internal readonly struct FactPeriod
{
    private const string Undated = "undated";

    private enum Unit : byte
    {
        Undated,
        Week,
        Day,
        Month,
        Year,
    }

    private readonly Unit unit;
    private readonly int year;

    // The week of a week, the month of a day or a month.
    private readonly int number;
    private readonly int day;

    private FactPeriod(Unit unit, int year, int number, int day) => (this.unit, this.year, this.number, this.day) = (unit, year, number, day);

    /// <summary>The ISO week of a date: reports of one event a day apart still meet.</summary>
    public static FactPeriod Week(DateOnly? date)
    {
        if (date is not { } known)
        {
            return default;
        }

        var time = known.ToDateTime(TimeOnly.MinValue);
        return new FactPeriod(Unit.Week, ISOWeek.GetYear(time), ISOWeek.GetWeekOfYear(time), 0);
    }

    /// <summary>A day, for facts that happen on a day (released, killed): "390 released on day one" is not day two.</summary>
    public static FactPeriod Day(DateOnly? date) => date is { } known ? new FactPeriod(Unit.Day, known.Year, known.Month, known.Day) : default;

    /// <summary>The period of a dated event's key: the year or month of a coarse date, else its week.</summary>
    public static FactPeriod Event(TemporalValue date) => date.Precision switch
    {
        DatePrecision.Year => new FactPeriod(Unit.Year, date.Start.Year, 0, 0),
        DatePrecision.Month => new FactPeriod(Unit.Month, date.Start.Year, date.Start.Month, 0),
        _ => Week(date.Start),
    };

    /// <summary>Its length in characters: an ISO week's year is written unpadded, as the key always had it, a calendar year in four digits.</summary>
    public int Length => unit switch
    {
        Unit.Week => DigitCount(year) + 4,
        Unit.Day => 10,
        Unit.Month => 7,
        Unit.Year => 4,
        _ => Undated.Length,
    };

    /// <summary>Writes the period at the start of <paramref name="destination"/>, which holds <see cref="Length"/> characters.</summary>
    public void WriteTo(Span<char> destination)
    {
        switch (unit)
        {
            case Unit.Week:
                var yearDigits = DigitCount(year);
                WriteDigits(destination[..yearDigits], year);
                "-W".CopyTo(destination[yearDigits..]);
                WriteDigits(destination.Slice(yearDigits + 2, 2), number);
                break;
            case Unit.Undated:
                Undated.CopyTo(destination);
                break;
            default:
                WriteDigits(destination[..4], year);
                WriteDayPart(destination[4..], number, day);
                break;
        }
    }

    public override string ToString() => string.Create(Length, this, static (text, period) => period.WriteTo(text));

    /// <summary>"-MM" and "-dd" after the year, for the parts the period has (a year has neither, a month no day).</summary>
    private static void WriteDayPart(Span<char> destination, int month, int dayOfMonth)
    {
        if (month > 0)
        {
            destination[0] = '-';
            WriteDigits(destination.Slice(1, 2), month);
        }

        if (dayOfMonth > 0)
        {
            destination[3] = '-';
            WriteDigits(destination.Slice(4, 2), dayOfMonth);
        }
    }

    private static int DigitCount(int value) => value switch
    {
        < 10 => 1,
        < 100 => 2,
        < 1000 => 3,
        < 10000 => 4,
        _ => 5,
    };

    /// <summary>The value's last digits, zero-padded to the span's length.</summary>
    private static void WriteDigits(Span<char> destination, int value)
    {
        for (var i = destination.Length - 1; i >= 0; i--, value /= 10)
        {
            destination[i] = (char)('0' + (value % 10));
        }
    }
}
