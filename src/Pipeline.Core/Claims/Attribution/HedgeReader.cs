using Pipeline.Core.Text;

namespace Pipeline.Core.Claims.Attribution;

/// <summary>
/// Whether a claim is hedged, and by which cue. A sentence-level cue ("reportedly", "it is estimated that") covers what
/// follows it in the sentence; a clause-level cue ("is expected to", "might") only a claim later in the same clause.
/// </summary>
internal static class HedgeReader
{
    private static readonly PhraseTable<(bool WholeSentence, bool AfterFigure)> Cues =
        PhraseTable<(bool WholeSentence, bool AfterFigure)>.Load("hedges.txt", row => (row[1] == "sentence", row.Length > 2 && row[2] == "after"), LexiconMarks.Hedge);

    private static readonly WordSet ClauseOpeners = new("and", "but", "while", "that", "as", "whereas");

    /// <summary>
    /// The cue before the claim in its sentence or clause; for a quantity that is the subject of its clause, also a modal
    /// or hedge right after it ("300 workers may lose their jobs", "up to 2,000 homes could be flooded").
    /// </summary>
    public static string? Cue(TextContext context, int sentenceFirst, int claimFirst, int claimEnd, bool quantity) =>
        CueBefore(context, sentenceFirst, claimFirst) ?? (quantity && IsClauseSubject(context, sentenceFirst, claimFirst) ? CueAfter(context, claimEnd) : null);

    /// <summary>The claim opens its clause: at the sentence start, after punctuation or a conjunction, or after "the" there.</summary>
    private static bool IsClauseSubject(TextContext context, int sentenceFirst, int claimFirst)
    {
        var before = context.Is(claimFirst - 1, "the") ? claimFirst - 2 : claimFirst - 1;
        return before < sentenceFirst || context.IsAnyChar(before, ",;:—–(\"“") || context.IsAny(before, ClauseOpeners);
    }

    /// <summary>The cue right after the figure, with at most one adverb between ("300 workers still may ...").</summary>
    private static string? CueAfter(TextContext context, int claimEnd)
    {
        for (var i = claimEnd; i <= claimEnd + 1 && i < context.Tokens.Length; i++)
        {
            // Only cues that hedge the verb the figure is the subject of: "300 soldiers claimed asylum" is firm.
            if (Cues.TryMatch(context, i, out var cue, out var end) && cue.AfterFigure && !IsMonthMay(context, i))
            {
                return context.Slice(i, end);
            }

            if (!context.IsWord(i) || context.Has(i, LexiconMarks.Number))
            {
                return null;
            }
        }

        return null;
    }

    private static string? CueBefore(TextContext context, int sentenceFirst, int claimFirst)
    {
        string? found = null;
        var sentenceScope = false;
        const LexiconMarks cueOrComma = LexiconMarks.Hedge | LexiconMarks.ClausePunctuation;
        for (var i = context.NextMarked(sentenceFirst, claimFirst, cueOrComma); i < claimFirst; i = context.NextMarked(i + 1, claimFirst, cueOrComma))
        {
            if (context.Has(i, LexiconMarks.ClausePunctuation) && !sentenceScope)
            {
                found = null;
            }

            if (Cues.TryMatch(context, i, out var cue, out var end) && end <= claimFirst && !IsAttributive(context, end) && !IsMonthMay(context, i))
            {
                if (found is null || !sentenceScope)
                {
                    (found, sentenceScope) = (context.Slice(i, end), cue.WholeSentence);
                }

                i = end - 1;
            }
        }

        return found;
    }

    /// <summary>"in May": the month, not the modal.</summary>
    private static bool IsMonthMay(TextContext context, int index) => context.IsCapitalized(index) && context.Is(index, "may") && index > 0 && !context.SentenceBreakBetween(index - 1, index);

    /// <summary>"an estimated £2m", "a potential 300 jobs": the cue qualifies that figure only, not the claims after it.</summary>
    private static bool IsAttributive(TextContext context, int after) =>
        after < context.Tokens.Length && (context.Tokens[after].IsDigits || context.Has(after, LexiconMarks.Number)
            || (context.Tokens[after].IsPunctuation && after + 1 < context.Tokens.Length && context.Tokens[after + 1].IsDigits && context.Tokens[after + 1].Joined));
}
