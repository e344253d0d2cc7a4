using Pipeline.Core.Text;

namespace Pipeline.Core.Claims.Facts;

/// <summary>Finds the lexicon entry nearest to a claim inside its clause: the words that tell what the claim is about.</summary>
internal static class ClauseSearch
{
    /// <summary>The tokens of the clause around [<paramref name="firstToken"/>, <paramref name="endToken"/>).</summary>
    public static (int From, int To) Clause(TextContext context, int firstToken, int endToken)
    {
        var (sentenceFirst, sentenceEnd) = Sentence(context, firstToken);
        return (Clauses.Start(context, firstToken, sentenceFirst), Clauses.End(context, endToken, sentenceEnd));
    }

    public static (int First, int End) Sentence(TextContext context, int token) =>
        context.SentenceTokens(context.SentenceOfToken(token));

    /// <summary>
    /// The entry in tokens [<paramref name="from"/>, <paramref name="to"/>) nearest to the claim's span, which is skipped;
    /// <paramref name="distance"/> counts tokens between them.
    /// </summary>
    public static bool TryNearest<T>(PhraseTable<T> table, TextContext context, (int From, int To) range, (int First, int End) span, out T value, out int distance)
    {
        (value, distance) = (default!, int.MaxValue);
        var bestEnd = -1;
        for (var i = Next(table, context, range.From, range.To); i < range.To; i = Next(table, context, i + 1, range.To))
        {
            if ((i < span.First || i >= span.End) && table.TryMatch(context, i, out var found, out var end))
            {
                // A cue before the claim is as near as its last word: "is to release 1,000" is a plan ("to release"),
                // not the release its inner word alone names; at a tie the longer, earlier-starting cue wins, unless a
                // conjunction puts it in a clause of its own ("14 officers were hurt and 63 protesters were detained").
                var gap = i < span.First ? span.First - Math.Min(end - 1, span.First - 1) : i - span.End + 1;
                if (gap < distance || (gap == distance && i >= span.End && bestEnd >= 0 && ConjunctionBetween(context, bestEnd, span.First)))
                {
                    (value, distance, bestEnd) = (found, gap, i < span.First ? end : -1);
                }
            }
        }

        return distance != int.MaxValue;
    }

    private static readonly WordSet Conjunctions = new("and", "while", "but", "whereas");

    private static bool ConjunctionBetween(TextContext context, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (context.IsAny(i, Conjunctions))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The next token an entry can start at: only words with the table's mark, when it has one.</summary>
    private static int Next<T>(PhraseTable<T> table, TextContext context, int from, int to) =>
        table.Flag == LexiconMarks.None ? from : context.NextMarked(from, to, table.Flag);
}
