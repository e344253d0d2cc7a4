using Pipeline.Core.Claims.Facts;
using Pipeline.Core.Claims.Numbers;
using Pipeline.Core.Text;

namespace Pipeline.Core.Claims.Dates;

/// <summary>Date claims: each date expression resolved against the reference date; "since X" opens an interval; "X and Y" joins.</summary>
internal static class DateClaims
{
    // Tested two tokens ahead of every word and number.
    private static readonly int Ago = Vocabulary.RequiredId("ago");
    private static readonly int Since = Vocabulary.RequiredId("since");

    public static List<DateMention> Find(TextContext context, DateOnly? reference, bool[] taken, List<ClaimDraft> drafts) =>
        Find(context, reference, taken, drafts, []);

    /// <summary>As above, into <paramref name="found"/> (cleared first): the extractor keeps one list per thread.</summary>
    public static List<DateMention> Find(TextContext context, DateOnly? reference, bool[] taken, List<ClaimDraft> drafts, List<DateMention> found)
    {
        found.Clear();
        var anchors = reference is null ? LexiconMarks.Calendar : LexiconMarks.Calendar | LexiconMarks.Ago;
        for (var i = NextStart(context, 0, anchors); i < context.Tokens.Length; i = NextStart(context, i + 1, anchors))
        {
            if (taken[i] || !TryRead(context, i, reference, out var date))
            {
                continue;
            }

            date = MonthRanges.Joined(context, Joined(context, date, reference));
            if (context.IsWordId(date.FirstToken - 1, Since))
            {
                date = new DateMention(date.FirstToken - 1, date.EndToken, date.Value with { End = null }, ClaimKind.DateSince);
            }

            found.Add(date);
            var (measure, phase) = DateEvents.Name(context, date);
            drafts.Add(new ClaimDraft(date.Kind, date.FirstToken, date.EndToken, measure) { Temporal = date.Value, Frame = phase });
            if (SinceEvent.TryOpen(context, date, out var since))
            {
                drafts.Add(new ClaimDraft(since.Kind, since.FirstToken, since.EndToken, measure) { Temporal = since.Value, Frame = phase });
            }
            for (var t = date.FirstToken; t < date.EndToken; t++)
            {
                taken[t] = true;
            }

            i = date.EndToken - 1;
        }

        return found;
    }

    /// <summary>
    /// The first token from <paramref name="from"/> on where <see cref="TryRead"/> may find a date, or one before it:
    /// digits, or up to two tokens before a calendar word or "ago" (the <paramref name="anchors"/>), since a date in
    /// words has its calendar word at most two tokens in ("earlier this month") and "ago" comes two after the amount.
    /// An anchor right after the next digits may also belong to a date starting before them.
    /// </summary>
    private static int NextStart(TextContext context, int from, LexiconMarks anchors)
    {
        var next = context.NextMarked(from, anchors | LexiconMarks.Digits);
        return context.Has(next, anchors) || context.Has(next + 1, anchors) ? Math.Max(from, next - 2) : next;
    }

    /// <summary>The date expression starting at token <paramref name="i"/>, resolved against the reference date.</summary>
    internal static bool TryRead(TextContext context, int i, DateOnly? reference, out DateMention date)
    {
        date = default;
        var token = context.Tokens[i];
        if (token.IsPunctuation)
        {
            return false;
        }

        if (reference is { } day && context.IsWordId(i + 2, Ago) && AgoDates.TryRead(context, i, day, out date))
        {
            return true;
        }

        if ((token.IsWord && !(context.Has(i, LexiconMarks.Calendar | LexiconMarks.DateCue) && CalendarWordNear(context, i))))
        {
            return false;
        }

        return (reference is { } today && token.IsWord && (Holidays.TryRead(context, i, today, out date) || RelativeDates.TryRead(context, i, today, out date)))
            || AbsoluteDates.TryRead(context, i, reference, out date);
    }

    /// <summary>
    /// Every date that starts with a word has a calendar word at most two tokens in ("May", "last Friday", "earlier this
    /// month"), so the many "the"s and "this"es with none are dropped before any lexicon lookup.
    /// </summary>
    private static bool CalendarWordNear(TextContext context, int i) =>
        context.Has(i, LexiconMarks.Calendar) || context.Has(i + 1, LexiconMarks.Calendar) || context.Has(i + 2, LexiconMarks.Calendar);

    /// <summary>"today and tomorrow", "Friday and Saturday", "from March 1 to April 30": two days joined are one range.</summary>
    private static DateMention Joined(TextContext context, DateMention date, DateOnly? reference)
    {
        if (date.Kind != ClaimKind.Date || !AbsoluteDates.IsDayRangeLink(context, date.EndToken) || !TryRead(context, date.EndToken + 1, reference, out var second)
            || second.Kind != ClaimKind.Date || second.Value.Start <= date.Value.Start)
        {
            return date;
        }

        return new DateMention(date.FirstToken, second.EndToken, new TemporalValue(date.Value.Start, second.Value.Start, DatePrecision.Day), ClaimKind.DateRange);
    }
}
