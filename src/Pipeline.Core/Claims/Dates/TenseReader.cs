using Pipeline.Core.Claims.Numbers;
using Pipeline.Core.Text;

namespace Pipeline.Core.Claims.Dates;

/// <summary>
/// Whether a date sits in a past or future clause: the nearest tense cue before it in the sentence wins, else the nearest
/// after it; news defaults to the past. "The exchange began on Friday" is past, "talks will resume on Friday" future.
/// </summary>
internal static class TenseReader
{
    // Tokens, not words: "is expected to keep its main interest rate at 4.25% on Thursday" spends five on the figure.
    private const int Window = 16;

    private static readonly string[] PresentPassive = ["is", "are", "am", "be", "being"];

    private static readonly TokenWordMap<bool> Cues = TokenWordMap<bool>.Load("tense-cues.txt", row => row[1] == "future");

    public static bool IsFuture(TextContext context, int firstToken, int endToken) => Stated(context, firstToken, endToken) ?? false;

    /// <summary>True for a future cue, false for a past one, null when the sentence has neither near the date.</summary>
    public static bool? Stated(TextContext context, int firstToken, int endToken)
    {
        var (sentenceFirst, sentenceEnd) = context.SentenceTokens(context.SentenceOfToken(firstToken));
        for (var i = firstToken - 1; i >= Math.Max(sentenceFirst, firstToken - Window); i--)
        {
            if (TryCue(context, i, out var future))
            {
                return future;
            }
        }

        for (var i = endToken; i < Math.Min(sentenceEnd, endToken + Window); i++)
        {
            if (TryCue(context, i, out var future))
            {
                return future;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether the clause before a date is in the future, from the tense words alone: "would be released today" is a
    /// plan although "released" ends in -ed. The nearest word wins; none means the past.
    /// </summary>
    public static bool IsFutureBefore(TextContext context, int clauseStart, int firstToken)
    {
        for (var i = firstToken - 1; i >= clauseStart; i--)
        {
            if (context.Has(i, LexiconMarks.TenseCue) && Cues.TryGet(context, i, out var future))
            {
                return future;
            }
        }

        return false;
    }

    /// <summary>"is held", "will be closed": the participle carries no tense; the words before it do ("is expected" still does).</summary>
    private static bool IsPassiveParticiple(TextContext context, int index) => context.IsAny(index - 1, PresentPassive);

    /// <summary>
    /// The answer of an ignore-case EndsWith("ed"), asked of many words around each date: for ASCII letters, only 'e'
    /// and 'E' equal 'e' ignoring case, so two ASCII ones are tested in place; others take the comparison.
    /// </summary>
    private static bool EndsWithEd(ReadOnlySpan<char> word)
    {
        var (e, d) = (word[^2], word[^1]);
        return char.IsAscii(e) && char.IsAscii(d) ? (e | 0x20) == 'e' && (d | 0x20) == 'd' : word.EndsWith("ed", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Whether a word of more than four letters ends in 'd' or 'D', the only characters equal to 'd' ignoring case:
    /// most of the thirty-odd words around a date fail here, on the token's bounds and one character, before the
    /// word is sliced and compared (the tense was a quarter of the date reader's own time).
    /// </summary>
    private static bool MayEndWithEd(TextContext context, int index)
    {
        var token = context.Tokens[index];
        return token.Length > 4 && (context.Text[token.End - 1] | 0x20) == 'd';
    }

    private static bool TryCue(TextContext context, int index, out bool future)
    {
        future = false;
        if (!context.IsWord(index) || (!context.Has(index, LexiconMarks.TenseCue) && !MayEndWithEd(context, index)))
        {
            return false;
        }

        if (context.Has(index, LexiconMarks.TenseCue) && Cues.TryGet(context, index, out future))
        {
            // "The exchange was to continue on Sunday": a plan as the article was written, not a past event.
            future = future || (context.Is(index + 1, "to") && (context.Is(index, "was") || context.Is(index, "were")));
            return future || !IsPassiveParticiple(context, index);
        }

        // The spelling first: the passive test compares the word before with five words, and few words end in -ed.
        // "three hundred" ends in -ed too, and is no verb.
        var word = context.Span(index);
        return word.Length > 4 && EndsWithEd(word) && !char.IsUpper(word[0]) && !context.Has(index, LexiconMarks.Number) && !IsPassiveParticiple(context, index);
    }
}
