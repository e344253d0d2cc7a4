using Pipeline.Core.Text;

namespace Pipeline.Core.Claims.Ranks;

/// <summary>
/// Superlatives with a scope, which makes them checkable: "the largest exchange since the war began", "the biggest
/// swap so far", "one of the largest ... since" (rank unknown). Without a scope cue ("since", "of the", "so far", "ever")
/// a superlative is description, not a claim.
/// </summary>
internal static class SuperlativeClaims
{
    private const int NounWindow = 5;
    private const int ScopeWindow = 10;

    private static readonly WordMap<bool> Words = Lexicon.Map("superlatives.txt", _ => true);
    private static readonly string[][] ScopeCues = [["since"], ["of", "the"], ["so", "far"], ["ever"], ["in", "history"], ["on", "record"], ["in", "the", "course"], ["in", "decades"], ["in", "years"]];

    public static void Find(TextContext context, bool[] taken, List<ClaimDraft> drafts)
    {
        for (var i = 1; i < context.Tokens.Length; i++)
        {
            if (taken[i] || !context.Has(i, LexiconMarks.Superlative) || !Words.Contains(context.Span(i)) || !context.Is(i - 1, "the"))
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
            var oneOf = context.Is(i - 2, "of") && context.Is(i - 3, "one");
            var first = oneOf ? i - 3 : i - 1;
            drafts.Add(new ClaimDraft(ClaimKind.Superlative, first, end, "rank")
            {
                Quantity = oneOf ? new Quantity(null, "rank", 1, null) : Quantity.Exact(1, "rank"),
                Qualifier = oneOf ? Qualifier.Approx : Qualifier.Exact,
                Group = "rank",
            });
            i = end;
        }
    }

    private static int FindScope(TextContext context, int from)
    {
        for (var i = from; i < Math.Min(context.Tokens.Length, from + NounWindow); i++)
        {
            if (context.Tokens[i].IsPunctuation && !context.IsChar(i, '-'))
            {
                return -1;
            }

            foreach (var cue in ScopeCues)
            {
                if (context.WordsAt(i, cue))
                {
                    return i;
                }
            }
        }

        return -1;
    }

    private static int ClauseEnd(TextContext context, int from)
    {
        var end = from + 1;
        while (end < Math.Min(context.Tokens.Length, from + ScopeWindow) && (!context.Tokens[end].IsPunctuation || context.IsChar(end, '-')) && !context.SentenceBreakBetween(end - 1, end)
               && !context.Is(end, "with") && !context.Is(end, "and") && !context.Is(end, "after") && !context.Is(end, "in"))
        {
            end++;
        }

        return end;
    }
}
