using Pipeline.Core.Text;

namespace Pipeline.Core.Claims.Facts;

/// <summary>
/// What happened to a counted thing: the frame cue nearest to it in its clause ("each side released 390"). A clause
/// without a cue takes the nearest cue elsewhere in its sentence ("plans to swap 2,000 prisoners, 1,000 from each
/// country"), and a sentence without one ("Zelensky confirmed the figure of 390") the frame of the sentence before in
/// its paragraph.
/// </summary>
internal static class FrameReader
{
    private static readonly PhraseTable<string> Cues = PhraseTable<string>.Load("frames.txt", row => row[1], LexiconMarks.Frame);

    public static string? Read(TextContext context, int firstToken, int endToken)
    {
        var span = (firstToken, endToken);
        var sentence = ClauseSearch.Sentence(context, firstToken);
        return Nearest(context, ClauseSearch.Clause(context, firstToken, endToken), span)
            ?? Nearest(context, sentence, span)
            ?? Previous(context, sentence.First);
    }

    /// <summary>Whether the word at <paramref name="index"/> is a frame cue by itself ("injuring", "freed").</summary>
    public static bool IsCueWord(TextContext context, int index) =>
        context.Has(index, LexiconMarks.Frame) && Cues.TryMatch(context, index, out _, out var end) && end == index + 1;

    private static string? Nearest(TextContext context, (int From, int To) range, (int First, int End) span) =>
        ClauseSearch.TryNearest(Cues, context, range, span, out var frame, out _) ? frame : null;

    private static string? Previous(TextContext context, int sentenceFirst)
    {
        if (sentenceFirst == 0 || context.OpensParagraph(context.SentenceOfToken(sentenceFirst)))
        {
            return null;
        }

        var (first, _) = ClauseSearch.Sentence(context, sentenceFirst - 1);
        return Nearest(context, (first, sentenceFirst), (sentenceFirst, sentenceFirst));
    }
}
