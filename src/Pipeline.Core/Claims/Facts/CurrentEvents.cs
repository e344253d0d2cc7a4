using Pipeline.Core.Text;

namespace Pipeline.Core.Claims.Facts;

/// <summary>
/// The event a claim is about when the article says it reports that event now: an event word just after "this",
/// "latest", "today's". A date is of it when it dates that event ("this exchange commenced on Friday"); a figure when a
/// linking verb ties it to the event ("this latest exchange marks the fifth swap in 2023"). "This exchange follows the
/// fourth swap in 2023" and "a similar swap in 2023" say nothing about the current event's period.
/// </summary>
internal static class CurrentEvents
{
    // "this latest exchange", "today's Istanbul talks": the cue may stand a word or two before the event word; the
    // figure a word or two after the linking verb ("marks the fifth").
    private const int Reach = 3;

    private static readonly WordMap<bool> Cues = Lexicon.Map("current-event-cues.txt", _ => true);
    private static readonly WordMap<bool> Links = Lexicon.Map("event-links.txt", _ => true);

    public static string? Of(TextContext context, ClaimDraft draft, ClaimSite site)
    {
        if (draft.Kind == ClaimKind.Quote)
        {
            return null;
        }

        // An event counts only after a cue, and most clauses have none: one search for a cue mark ends there.
        var (from, to) = site.Clause;
        var firstCue = context.NextMarked(from, to, LexiconMarks.CurrentEventCue);
        for (var i = context.NextMarked(firstCue + 1, to, LexiconMarks.Event); i < to; i = context.NextMarked(i + 1, to, LexiconMarks.Event))
        {
            if (DateEvents.TryEventAt(context, i, out var name, out var end) && HasCueBefore(context, from, i)
                && (draft.Temporal is null ? IsLinked(context, end, draft.FirstToken) : name == draft.Measure))
            {
                return name;
            }
        }

        return null;
    }

    private static bool HasCueBefore(TextContext context, int clauseStart, int eventWord) =>
        AnyIn(Cues, LexiconMarks.CurrentEventCue, context, Math.Max(clauseStart, eventWord - Reach), eventWord);

    private static bool IsLinked(TextContext context, int eventEnd, int claimStart) =>
        claimStart >= eventEnd && claimStart - eventEnd <= Reach && AnyIn(Links, LexiconMarks.EventLink, context, eventEnd, claimStart);

    private static bool AnyIn(WordMap<bool> words, LexiconMarks mark, TextContext context, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (context.Has(i, mark) && words.Contains(context.Span(i)))
            {
                return true;
            }
        }

        return false;
    }
}
