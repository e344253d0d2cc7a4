using Pipeline.Core.Text;

namespace Pipeline.Core.Claims.Facts;

/// <summary>
/// What happened to a counted thing: the frame cue nearest to it in its clause ("each side released 390"). A clause
/// without a cue takes the nearest cue elsewhere in its sentence ("plans to swap 2,000 prisoners, 1,000 from each
/// country"), and a sentence without one ("Zelensky confirmed the figure of 390") the frame of the sentence before.
/// </summary>
internal static class FrameReader
{
    private static readonly PhraseTable<string> Cues = PhraseTable<string>.Load("frames.txt", row => row[1], LexiconMarks.Frame);

    public static string? Read(TextContext context, int firstToken, int endToken)
    {
        var (sentenceFirst, sentenceEnd) = context.SentenceTokens(context.SentenceIndexOf(context.Tokens[firstToken].Start));
        var from = Clauses.Start(context, firstToken, sentenceFirst);
        var to = Clauses.End(context, endToken, sentenceEnd);
        return Nearest(context, from, to, firstToken, endToken)
            ?? Nearest(context, sentenceFirst, sentenceEnd, firstToken, endToken)
            ?? Previous(context, sentenceFirst);
    }

    private static string? Nearest(TextContext context, int from, int to, int firstToken, int endToken)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        for (var i = from; i < to; i++)
        {
            if ((i < firstToken || i >= endToken) && Cues.TryMatch(context, i, out var frame, out _))
            {
                var distance = i < firstToken ? firstToken - i : i - endToken + 1;
                if (distance < bestDistance)
                {
                    (best, bestDistance) = (frame, distance);
                }
            }
        }

        return best;
    }

    private static string? Previous(TextContext context, int sentenceFirst)
    {
        if (sentenceFirst == 0)
        {
            return null;
        }

        var (first, _) = context.SentenceTokens(context.SentenceIndexOf(context.Tokens[sentenceFirst - 1].Start));
        return Nearest(context, first, sentenceFirst, sentenceFirst, sentenceFirst);
    }
}
