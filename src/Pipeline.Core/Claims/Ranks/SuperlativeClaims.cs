using Pipeline.Core.Claims.Quantities;
using Pipeline.Core.Text;

namespace Pipeline.Core.Claims.Ranks;

/// <summary>
/// Superlatives with a scope, which makes them checkable: "the largest exchange since the war began", "the biggest
/// swap so far", "one of the largest ... since" (rank unknown), "its lowest in 50 years", "the second-largest ... ever"
/// (rank 2). Without a scope cue ("since", "of the", "so far", "ever")
/// a superlative is description, not a claim.
/// </summary>
internal static class SuperlativeClaims
{
    private const int NounWindow = 5;

    // "The largest prisoner exchange between Russia and Ukraine since the war began": a longer noun phrase, with "since".
    private const int SinceWindow = 8;
    private const int ScopeWindow = 10;

    private static readonly WordMap<bool> Words = Lexicon.Map("superlatives.txt", _ => true);
    private static readonly CuePhrases ScopeCues = new([["since"], ["of", "the"], ["so", "far"], ["ever"], ["in", "history"], ["on", "record"], ["in", "the", "course"], ["in", "decades"], ["in", "years"]]);

    public static void Find(TextContext context, bool[] taken, List<ClaimDraft> drafts)
    {
        for (var i = context.NextMarked(1, LexiconMarks.Superlative); i < context.Tokens.Length; i = context.NextMarked(i + 1, LexiconMarks.Superlative))
        {
            if (taken[i] || !Words.Contains(context.Span(i)))
            {
                continue;
            }

            var (determiner, rank) = Opening(context, i);
            if (determiner < 0)
            {
                continue;
            }

            // "since World War II": a ranking against a named era is commentary, and the name is not a quantity.
            var scope = FindScope(context, i + 1);
            if (scope < 0 || (context.Is(scope, "since") && context.IsCapitalized(scope + 1)))
            {
                continue;
            }

            var end = ClauseEnd(context, scope);
            var oneOf = context.Is(determiner - 1, "of") && context.Is(determiner - 2, "one");
            var first = oneOf ? determiner - 2 : determiner;
            drafts.Add(new ClaimDraft(ClaimKind.Superlative, first, end, "rank")
            {
                // "one of the largest": the gold's convention gives no rank and no bounds, the qualifier exact.
                Quantity = oneOf ? new Quantity(null, "rank", null, null) : Quantity.Exact(rank, "rank"),
                Qualifier = Qualifier.Exact,
                Group = "rank",
            });
            i = end;
        }
    }

    /// <summary>
    /// The determiner before a superlative ("the", "its", "their") and the rank: 1, or the ordinal of "the second-largest".
    /// Returns -1 when there is none.
    /// </summary>
    private static (int Determiner, int Rank) Opening(TextContext context, int superlative)
    {
        var before = superlative - 1;
        var rank = 1;
        if (context.IsChar(before, '-') && context.Tokens[before].Joined && context.Tokens[superlative].Joined)
        {
            var ordinal = RankOrdinalAt(context, before - 1);
            if (ordinal < 0)
            {
                return (-1, 0);
            }

            (rank, before) = (ordinal + 2, before - 2);
        }

        if (context.IsAny(before, ScopedRanks.Determiners))
        {
            return (before, rank);
        }

        // "MoscowThe largest exchange": a dateline glued to the sentence's first word in scraped text.
        if (IsGluedThe(context, before))
        {
            return (before, rank);
        }

        // "the country's worst rail accident", "Europe's largest lender": a possessive determines it too.
        if (context.IsWord(before) && Possessive.Is(context.Span(before)))
        {
            return (context.Is(before - 1, "the") ? before - 1 : before, rank);
        }

        return (-1, 0);
    }

    /// <summary>The index in <see cref="RankOrdinals"/> of the word at <paramref name="index"/>, or -1 (a loop: a lambda here captured the context).</summary>
    private static int RankOrdinalAt(TextContext context, int index)
    {
        for (var k = 0; k < RankOrdinals.Length; k++)
        {
            if (context.Is(index, RankOrdinals[k]))
            {
                return k;
            }
        }

        return -1;
    }

    private static bool IsGluedThe(TextContext context, int index)
    {
        var word = context.IsWord(index) ? context.Span(index) : [];
        return word.Length > 4 && word.EndsWith("The", StringComparison.Ordinal) && char.IsLower(word[^4]);
    }

    private static readonly string[] RankOrdinals = ["second", "third", "fourth", "fifth"];

    private static int FindScope(TextContext context, int from)
    {
        for (var i = from; i < Math.Min(context.Tokens.Length, from + SinceWindow); i++)
        {
            if (context.Tokens[i].IsPunctuation && !context.IsChar(i, '-'))
            {
                return -1;
            }

            if (i >= from + NounWindow)
            {
                if (context.Is(i, "since"))
                {
                    return i;
                }

                continue;
            }

            if (context.Is(i, "in") && IsSpanOfYears(context, AfterBound(context, i + 1)))
            {
                return i;
            }

            if (ScopeCues.StartsAt(context, i))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>"at its lowest in 50 years", "the worst in three decades", "the worst in a decade".</summary>
    private static bool IsSpanOfYears(TextContext context, int amount) =>
        amount + 1 < context.Tokens.Length && (context.Tokens[amount].IsDigits || context.Has(amount, LexiconMarks.Number) || context.IsAny(amount, Singles))
        && context.Has(amount + 1, LexiconMarks.DurationUnit);

    private static readonly WordSet Singles = new("a", "an");
    private static readonly WordSet Bounds = new("over", "nearly", "almost", "about");

    /// <summary>Past a bound on the span: "in more than a decade", "in over 40 years".</summary>
    private static int AfterBound(TextContext context, int i) =>
        context.Is(i, "more") && context.Is(i + 1, "than") ? i + 2 : context.IsAny(i, Bounds) ? i + 1 : i;

    // "the largest swap since the war began took place on Friday": the scope ends where the sentence's verb starts.
    private static readonly string[] MainVerbs = ["took", "was", "were", "is", "are", "has", "have", "had", "will", "would", "on"];

    private static int ClauseEnd(TextContext context, int from)
    {
        var end = from + 1;
        while (end < Math.Min(context.Tokens.Length, from + ScopeWindow) && (!context.Tokens[end].IsPunctuation || context.IsChar(end, '-')) && !context.SentenceBreakBetween(end - 1, end)
               && !context.Is(end, "with") && !context.Is(end, "and") && !context.Is(end, "after") && !context.Is(end, "in") && !context.IsAny(end, MainVerbs))
        {
            end++;
        }

        return end;
    }
}
