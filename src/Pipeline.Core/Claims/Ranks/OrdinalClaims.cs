using Pipeline.Core.Claims.Numbers;
using Pipeline.Core.Text;

namespace Pipeline.Core.Claims.Ranks;

/// <summary>
/// Ordinals used as ranks or counts ("the 64th swap", "the fifth swap this year"). "first" and most "second"s are left
/// out: they are mostly labels ("the first part", "a second round"), not checkable ranks; "the second meeting in less
/// than a month" counts. Dates ("May 4th") are taken earlier.
/// </summary>
internal static class OrdinalClaims
{
    private static readonly PhraseTable<string> Nouns = PhraseTable<string>.Load("rank-nouns.txt", row => row[1], LexiconMarks.RankNoun);

    /// <summary>"the fifth swap in 2023", "the third this year": the period a rank counts in belongs to the rank.</summary>
    private static int RankScopeEnd(TextContext context, int end)
    {
        if (context.Is(end, "in") && Dates.CalendarWords.TryYear(context, end + 1, out _))
        {
            return end + 2;
        }

        return (context.Is(end, "this") || context.Is(end, "last")) && Dates.CalendarWords.Is(context, end + 1, "period", out _) ? end + 2 : end;
    }

    /// <summary>
    /// "the second meeting in less than a month", "the second swap this year": a definite second with the span it counts
    /// in is a rank; "a second round of talks" is a label.
    /// </summary>
    private static bool IsScopedSecond(TextContext context, int ordinal, int nounEnd) =>
        context.Is(ordinal - 1, "the") && (context.Is(nounEnd, "in") || context.Is(nounEnd, "since") || context.Is(nounEnd, "this")
            || (context.Is(nounEnd, "so") && context.Is(nounEnd + 1, "far")));

    public static void Find(TextContext context, bool[] taken, List<ClaimDraft> drafts)
    {
        foreach (var ordinal in OrdinalScanner.Scan(context))
        {
            if (taken[ordinal.FirstToken] || ordinal.Value < 2 || ordinal.Value != Math.Floor(ordinal.Value) || Numbers.ChangeShares.IsAt(context, ordinal.FirstToken))
            {
                continue;
            }

            var next = ordinal.EndToken;
            var known = Nouns.TryMatch(context, next, out var measure, out var end);
            if (!known && !ScopedRanks.TryRead(context, ordinal.FirstToken, next, out measure, out end))
            {
                continue;
            }

            if (ordinal.Value == 2 && !IsScopedSecond(context, ordinal.FirstToken, end))
            {
                continue;
            }

            var spanEnd = RankScopeEnd(context, measure == "rank" ? ordinal.EndToken : end);
            drafts.Add(new ClaimDraft(ClaimKind.Ordinal, ordinal.FirstToken, spanEnd, measure)
            {
                Quantity = Quantity.Exact(ordinal.Value, "rank"),
                Group = measure,
            });
            for (var t = ordinal.FirstToken; t < spanEnd; t++)
            {
                taken[t] = true;
            }
        }
    }
}
