using Pipeline.Core.Claims.Dates;
using Pipeline.Core.Claims.Quantities;
using Pipeline.Core.Text;

namespace Pipeline.Core.Claims.Facts;

/// <summary>
/// Names the event a date is the date of, so that two outlets' dates of one event share a fact key the way their counts
/// do. The event is the event word nearest the date in its clause ("the exchange commenced on Friday", "a meeting in
/// Istanbul on May 16", "390 were freed yesterday"); the phase is the nearest phase verb (start, continuation, end),
/// "planned" in a future clause, else the day it happened. A date nearer a speech verb than any event word dates the
/// statement ("officials said on Friday"), and "since March 2022" dates the event before the one named, so both stay
/// unidentified.
/// </summary>
internal static class DateEvents
{
    private static readonly PhraseTable<(string Name, bool NeedsPeople)> Events =
        PhraseTable<(string Name, bool NeedsPeople)>.Load("events.txt", row => (row[1], row.Length > 2 && row[2] == "people"), LexiconMarks.Event);

    private static readonly PhraseTable<string> Phases = PhraseTable<string>.Load("event-phases.txt", row => row[1], LexiconMarks.EventPhase);
    private static readonly PhraseTable<bool> SpeechVerbs = PhraseTable<bool>.Load("attribution-verbs.txt", _ => true, LexiconMarks.SpeechVerb);


    public static (string Measure, string? Phase) Name(TextContext context, DateMention date)
    {
        var clause = ClauseSearch.Clause(context, date.FirstToken, date.EndToken);
        var span = (date.FirstToken, date.EndToken);
        if (date.Kind == ClaimKind.DateSince || !ClauseSearch.TryNearest(Events, context, clause, span, out var found, out var distance)
            || (found.NeedsPeople && !CountsPeople(context, clause)) || (found.Name == "swap" && OnlyTradedFor(context, clause))
            || (ClauseSearch.TryNearest(SpeechVerbs, context, clause, span, out _, out var speech) && speech < distance))
        {
            return (EventDateNames.Unidentified, null);
        }

        var future = TenseReader.IsFutureBefore(context, clause.From, date.FirstToken) || TenseReader.IsFuture(context, date.FirstToken, date.EndToken);
        var phase = future ? EventDateNames.Planned
            : ClauseSearch.TryNearest(Phases, context, clause, span, out var verb, out _) ? verb : EventDateNames.OnTheDay;
        return (found.Name, phase);
    }

    /// <summary>The event word starting at token <paramref name="index"/> ("exchange", "talks"), with its event name.</summary>
    public static bool TryEventAt(TextContext context, int index, out string name, out int end)
    {
        var matched = Events.TryMatch(context, index, out var found, out end);
        name = found.Name;
        return matched;
    }

    /// <summary>"took $3.2 million in kickbacks between 2016 and 2019 in exchange for road deals": the idiom trades, no one is swapped.</summary>
    private static bool OnlyTradedFor(TextContext context, (int From, int To) clause)
    {
        var idiom = false;
        for (var i = context.NextMarked(clause.From, clause.To, LexiconMarks.Event); i < clause.To; i = context.NextMarked(i + 1, clause.To, LexiconMarks.Event))
        {
            if (Events.TryMatch(context, i, out var found, out _) && found.Name == "swap")
            {
                if (!context.Is(i - 1, "in") || !context.Is(i + 1, "for"))
                {
                    return false;
                }

                idiom = true;
            }
        }

        return idiom;
    }

    private static bool CountsPeople(TextContext context, (int From, int To) clause)
    {
        for (var i = clause.From; i < clause.To; i++)
        {
            if (MeasureLexicon.TryMatch(context, i, out var measure, out _) && MeasureGroups.IsPeople(measure.Group))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The period in a dated event's fact key: the week of a day ("Friday" and "yesterday" meet, as reports of a count
    /// do), the month or year of a coarser date. Dates of one event a week apart do not meet; dates of two events of
    /// one kind ("the April swap", "this swap") never do.
    /// </summary>
    public static string Period(TemporalValue date) => FactPeriod.Event(date).ToString();
}
