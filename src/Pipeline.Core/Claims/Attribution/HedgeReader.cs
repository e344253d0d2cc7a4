using Pipeline.Core.Text;

namespace Pipeline.Core.Claims.Attribution;

/// <summary>
/// Whether a claim is hedged, and by which cue. A sentence-level cue ("reportedly", "it is estimated that") covers what
/// follows it in the sentence; a clause-level cue ("is expected to", "might") only a claim later in the same clause.
/// </summary>
internal static class HedgeReader
{
    private static readonly PhraseTable<bool> Cues = PhraseTable<bool>.Load("hedges.txt", row => row[1] == "sentence", LexiconMarks.Hedge);

    public static string? Cue(TextContext context, int sentenceFirst, int claimFirst)
    {
        string? found = null;
        var sentenceScope = false;
        for (var i = sentenceFirst; i < claimFirst; i++)
        {
            if (context.IsAnyChar(i, ",;:—–") && !sentenceScope)
            {
                found = null;
            }

            if (Cues.TryMatch(context, i, out var wholeSentence, out var end) && end <= claimFirst && !IsAttributive(context, end) && !IsMonthMay(context, i))
            {
                if (found is null || !sentenceScope)
                {
                    (found, sentenceScope) = (context.Slice(i, end), wholeSentence);
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
