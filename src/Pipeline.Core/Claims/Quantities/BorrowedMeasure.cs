using Pipeline.Core.Text;

namespace Pipeline.Core.Claims.Quantities;

/// <summary>
/// The measure a noun-less count implies ("390 from each side", "the 1,000-for-1,000 deal"): the nearest counted noun in
/// the sentence, else the last one in the sentence before, else a fallback. Parties and events ("delegations", "talks")
/// are never what such a figure counts: "the talks agreed a 1,000-for-1,000 swap" swaps prisoners.
/// </summary>
internal static class BorrowedMeasure
{
    public static (string Measure, string Group) Find(TextContext context, int token, string fallback)
    {
        var sentence = context.SentenceOfToken(token);
        var (first, end) = context.SentenceTokens(sentence);
        var best = (Measure: fallback, Group: "persons");
        var bestDistance = int.MaxValue;
        // Only a word with the measure mark can start a lexicon noun: the walk jumps from one to the next.
        for (var i = context.NextMarked(first, end, LexiconMarks.Measure); i < end; i = context.NextMarked(i + 1, end, LexiconMarks.Measure))
        {
            if (MeasureLexicon.TryMatch(context, i, out var measure, out _) && IsBorrowable(measure.Group) && Math.Abs(i - token) < bestDistance)
            {
                (best, bestDistance) = (measure, Math.Abs(i - token));
            }
        }

        if (bestDistance == int.MaxValue && sentence > 0)
        {
            var (previousFirst, previousEnd) = context.SentenceTokens(sentence - 1);
            for (var i = previousEnd - 1; i >= previousFirst; i--)
            {
                if (MeasureLexicon.TryMatch(context, i, out var measure, out _) && IsBorrowable(measure.Group))
                {
                    return measure;
                }
            }
        }

        return best;
    }

    private static bool IsBorrowable(string group) => group is not ("parties" or "events");
}
