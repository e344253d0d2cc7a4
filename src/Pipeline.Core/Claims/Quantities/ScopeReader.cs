using System.Buffers;
using Pipeline.Core.Claims.Numbers;
using Pipeline.Core.Text;

namespace Pipeline.Core.Claims.Quantities;

/// <summary>
/// Decides whether a count is per party ("each released 390", "from each side", "1,000-for-1,000") or the whole
/// ("a total of 2,000"). It reads the clause the count is in: back to the last comma, forward to the next one.
/// </summary>
internal static class ScopeReader
{
    private const int Window = 12;

    private static readonly string[][] PerSidePhrases = [["each"], ["per", "side"], ["apiece"], ["per", "country"], ["on", "both", "sides"]];
    private static readonly string[][] TotalPhrases = [["total"], ["altogether"], ["combined"], ["in", "all"], ["overall"]];
    private static readonly CuePhrases PerSide = new(PerSidePhrases);
    private static readonly CuePhrases Total = new(TotalPhrases);

    // Both lists are looked for in the same clause: one walk, where a token that starts neither (most) costs one test.
    private static readonly CuePhrases EitherCue = new([.. PerSidePhrases, .. TotalPhrases]);

    // Asked of every figure, several times for a count: by id, one compare each.
    private static readonly int For = Vocabulary.RequiredId("for");
    private static readonly int Each = Vocabulary.RequiredId("each");
    private static readonly int Apiece = Vocabulary.RequiredId("apiece");
    private static readonly int From = Vocabulary.RequiredId("from");
    private static readonly int Of = Vocabulary.RequiredId("of");
    private static readonly int To = Vocabulary.RequiredId("to");
    private static readonly int TotalWord = Vocabulary.RequiredId("total");

    // What ends the clause a count is read in; the end also stops at a full stop.
    private static readonly SearchValues<char> ClauseStartMarks = SearchValues.Create(",;:—–(\"“”");
    private static readonly SearchValues<char> ClauseEndMarks = SearchValues.Create(",;:—–(\"“”.");

    public static ClaimScope? Read(TextContext context, int firstToken, int endToken)
    {
        if (IsForCompound(context, endToken))
        {
            return ClaimScope.PerSide;
        }

        if (IsEachSide(context, endToken) || context.IsWordId(endToken, Apiece) || (context.IsWordId(endToken, From) && context.IsWordId(endToken + 1, Each))
            || IsEachSide(context, firstToken - 1))
        {
            return ClaimScope.PerSide;
        }

        // "bringing the total to 697 per side": a cue on the figure itself outweighs one elsewhere in its clause.
        if (PerSide.AnyIn(context, firstToken, endToken) || PerSide.StartsAt(context, endToken))
        {
            return ClaimScope.PerSide;
        }

        if ((context.IsWordId(firstToken - 1, Of) || context.IsWordId(firstToken - 1, To)) && context.IsWordId(firstToken - 2, TotalWord))
        {
            return ClaimScope.Total;
        }

        return ClauseScope(context, firstToken, ClauseStart(context, firstToken), ClauseEnd(context, endToken));
    }

    /// <summary>A total cue anywhere in the clause (or opening the sentence) outweighs a per-side one.</summary>
    private static ClaimScope? ClauseScope(TextContext context, int firstToken, int from, int to)
    {
        var perSide = false;
        for (var i = from; i < to; i++)
        {
            if (EitherCue.StartsAt(context, i) && !IsEachPeriod(context, i))
            {
                if (Total.StartsAt(context, i))
                {
                    return ClaimScope.Total;
                }

                perSide = true;
            }
        }

        return OpensWithTotal(context, firstToken) ? ClaimScope.Total : perSide ? ClaimScope.PerSide : null;
    }

    private static bool IsEachSide(TextContext context, int index) => context.IsWordId(index, Each) && !IsEachPeriod(context, index);

    /// <summary>"half a million children die each year", "300 each day": a rate in time, not a figure per party.</summary>
    private static bool IsEachPeriod(TextContext context, int index) =>
        context.IsWordId(index, Each) && (context.Has(index + 1, LexiconMarks.DurationUnit) || context.Is(index + 1, "time"));

    /// <summary>"In total, it is estimated that ... nearly 6,000": a sentence that opens with a total is about totals.</summary>
    private static bool OpensWithTotal(TextContext context, int token)
    {
        var sentenceFirst = context.SentenceTokens(context.SentenceOfToken(token)).First;
        for (var i = sentenceFirst; i <= sentenceFirst + 1 && i < token; i++)
        {
            if (Total.StartsAt(context, i))
            {
                return context.IsChar(i + 1, ',') || context.IsChar(i + 2, ',');
            }
        }

        return false;
    }

    /// <summary>"1,000-for-1,000", "100 for 100": a per-side figure.</summary>
    public static bool IsForCompound(TextContext context, int endToken)
    {
        var next = context.IsChar(endToken, '-') ? endToken + 1 : endToken;
        var after = context.IsChar(next + 1, '-') ? next + 2 : next + 1;
        return context.IsWordId(next, For) && after < context.Tokens.Length && (context.Tokens[after].IsDigits || NumberAhead(context, after));
    }

    private static bool NumberAhead(TextContext context, int index) =>
        Numbers.NumberWords.IsNumberWord(context, index);

    private static int ClauseStart(TextContext context, int index)
    {
        var limit = Math.Max(0, index - Window);
        while (index > limit && !TokenMarks.At(context, index - 1, ClauseStartMarks) && !context.SentenceBreakBetween(index - 1, index))
        {
            index--;
        }

        return index;
    }

    private static int ClauseEnd(TextContext context, int index)
    {
        var limit = Math.Min(context.Tokens.Length, index + Window);
        while (index < limit && !TokenMarks.At(context, index, ClauseEndMarks) && !context.SentenceBreakBetween(index - 1, index))
        {
            index++;
        }

        return index;
    }
}
