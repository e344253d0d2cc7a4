using Pipeline.Core.Claims.Numbers;
using Pipeline.Core.Claims.Quantities;
using Pipeline.Core.Text;

namespace Pipeline.Core.Claims;

/// <summary>
/// Guesses when an undated article was published, from the dates it states. The latest full date (day, month, year) in a
/// past-tense clause is the best floor: news reports what has happened. A date in a future clause ("talks will resume on
/// 2 June 2025") means publication came before it. A dateline at the top is trusted most.
/// </summary>
public static class PublicationDateInference
{
    private const int DatelineLength = 300;

    public static (DateOnly? Date, double Confidence) Infer(string text) => Infer(text, null);

    /// <summary>
    /// As <see cref="Infer(string)"/>; a text that names no year but has a dateline day ("MOSCOW, May 24. /TASS/.") is
    /// dated to that day in the year it was <paramref name="received"/> (the year before, if the day is still ahead).
    /// </summary>
    public static (DateOnly? Date, double Confidence) Infer(string text, DateOnly? received)
    {
        ArgumentNullException.ThrowIfNull(text);
        var context = new TextContext(text);
        var inferred = InferFrom(context, received);

        // Gives the context's per-token arrays back, so the article's extraction, next on this thread, need not allocate its own.
        context.Release();
        return inferred;
    }

    private static (DateOnly? Date, double Confidence) InferFrom(TextContext context, DateOnly? received)
    {
        var (date, confidence) = InferFromText(context);
        if (date is null && received is { } day && DatelineDay(context) is { } monthDay)
        {
            var thisYear = Dates.CalendarMath.Safe(day.Year, monthDay.Month, monthDay.Day);
            var dated = thisYear is { } d && d <= day.AddDays(1) ? thisYear : Dates.CalendarMath.Safe(day.Year - 1, monthDay.Month, monthDay.Day);
            return dated is null ? (null, 0) : (dated, 0.5);
        }

        return (date, confidence);
    }

    private static (DateOnly? Date, double Confidence) InferFromText(TextContext context)
    {
        var taken = new bool[context.Tokens.Length + 1];
        var drafts = new List<ClaimDraft>();
        var dates = Dates.DateClaims.Find(context, null, taken, drafts)
            .Where(d => d.Value.Precision == DatePrecision.Day && d.Kind != ClaimKind.DateSince)
            .ToList();
        if (dates.Count == 0)
        {
            return YearOnly(context);
        }

        var dateline = dates.FirstOrDefault(d => context.Tokens[d.FirstToken].Start < DatelineLength);
        if (dateline.EndToken > 0 && dateline.Value.Start == dates.Max(d => d.Value.Start))
        {
            return (dateline.Value.Start, 0.9);
        }

        var past = dates.Where(d => !Dates.TenseReader.IsFuture(context, d.FirstToken, d.EndToken)).Select(d => d.Value.Start).ToList();
        if (past.Count > 0)
        {
            return (past.Max(), 0.6);
        }

        return (dates.Min(d => d.Value.Start).AddDays(-1), 0.4);
    }

    /// <summary>
    /// Only years: the latest one, with low confidence, as its first day is all we can say. A wire dateline without a year
    /// ("KYIV, June 3 (Reuters) -") gives the day, in the latest year a past clause mentions.
    /// </summary>
    private static (DateOnly? Date, double Confidence) YearOnly(TextContext context)
    {
        var years = NumberScanner.Scan(context, CountedNouns.StartsAt(context))
            .Where(n => n.Form == NumberForm.Digits && n.Value is >= 1900 and <= 2100 && n.End - n.Start == 4)
            .ToList();
        if (years.Count == 0)
        {
            return (null, 0);
        }

        var pastYears = years.Where(n => !Dates.TenseReader.IsFuture(context, n.FirstToken, n.EndToken)).Select(n => (int)n.Value).ToList();
        if (pastYears.Count > 0 && DatelineDay(context) is { } monthDay && Dates.CalendarMath.Safe(pastYears.Max(), monthDay.Month, monthDay.Day) is { } dated)
        {
            return (dated, 0.5);
        }

        return (new DateOnly(years.Max(n => (int)n.Value), 1, 1), 0.1);
    }

    /// <summary>A month and day near the top of the text ("June 3", "3 June").</summary>
    private static (int Month, int Day)? DatelineDay(TextContext context)
    {
        for (var i = 0; i < context.Tokens.Length && context.Tokens[i].Start < DatelineLength; i++)
        {
            if (!Dates.CalendarWords.Is(context, i, "month", out var month))
            {
                continue;
            }

            var after = context.IsChar(i + 1, '.') ? i + 2 : i + 1;
            if (Dates.CalendarWords.TryDay(context, after, out var day, out _) || Dates.CalendarWords.TryDay(context, i - 1, out day, out _))
            {
                return (month, day);
            }
        }

        return null;
    }
}
