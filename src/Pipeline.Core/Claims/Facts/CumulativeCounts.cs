using Pipeline.Core.Claims.Dates;
using Pipeline.Core.Text;

namespace Pipeline.Core.Claims.Facts;

/// <summary>
/// "bringing the total to 697", "4,757 freed since 2022", "so far", "to date": a count of everything up to now. It is
/// another fact than the count of one day, so it gets a group of its own; under the day's key, "307 freed on Saturday"
/// and "697 freed in all" would contradict each other and the article would vote against itself.
/// </summary>
internal static class CumulativeCounts
{
    // "bringing the total released over two days to 697 per side": the total may be a few words before its figure.
    private const int TotalWindow = 8;

    private static readonly WordSet TotalNouns = new("total", "tally");
    private static readonly WordSet Openers = new("altogether", "overall", "cumulative", "cumulatively");

    public static string Group(string group) => group + "-cumulative";

    /// <summary>Whether the count at [<paramref name="first"/>, <paramref name="end"/>) is a running total.</summary>
    public static bool Is(TextContext context, int first, int end, DateMention? clauseDate)
    {
        if (clauseDate is { Kind: ClaimKind.DateSince })
        {
            return true;
        }

        var (from, to) = ClauseSearch.Clause(context, first, end);
        return TotalBefore(context, Math.Max(from, first - TotalWindow), first)
            || HasCue(context, from, to) || HasCue(context, SentenceOpener(context, first, from), from);
    }

    private static bool TotalBefore(TextContext context, int from, int first)
    {
        for (var i = from; i < first; i++)
        {
            if (context.IsAny(i, TotalNouns))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"So far, 697 have been freed": a cue in a short clause that opens the sentence reaches the clause after it.</summary>
    private static int SentenceOpener(TextContext context, int first, int clauseFrom)
    {
        var sentenceFirst = context.SentenceTokens(context.SentenceOfToken(first)).First;
        return clauseFrom - sentenceFirst <= 3 ? sentenceFirst : clauseFrom;
    }

    private static bool HasCue(TextContext context, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (context.IsAny(i, Openers) || IsCuePair(context, i, to))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"so far", "to date", "in total", and "in all" where nothing follows it ("in all regions" is no total).</summary>
    private static bool IsCuePair(TextContext context, int i, int to) =>
        (context.Is(i, "so") && context.Is(i + 1, "far"))
        || (context.Is(i, "to") && context.Is(i + 1, "date"))
        || (context.Is(i, "in") && (context.Is(i + 1, "total") || (context.Is(i + 1, "all") && (i + 2 >= to || !context.IsWord(i + 2)))));
}
