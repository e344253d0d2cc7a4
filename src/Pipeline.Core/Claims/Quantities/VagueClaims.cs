using Pipeline.Core.Text;

namespace Pipeline.Core.Claims.Quantities;

/// <summary>Vague amounts of a counted thing: "hundreds of thousands of soldiers", "dozens of civilians".</summary>
internal static class VagueClaims
{
    public static void Find(TextContext context, bool[] taken, List<ClaimDraft> drafts)
    {
        // Every vague amount opens with a word the lexicon marks: the loop goes from marked word to marked word.
        for (var i = context.NextMarked(0, LexiconMarks.Vague); i < context.Tokens.Length; i = context.NextMarked(i + 1, LexiconMarks.Vague))
        {
            if (taken[i] || !context.IsWord(i))
            {
                continue;
            }

            // "dozens of", "hundreds more"; else "Dozens were wounded", a bare amount before what happened to them.
            var bare = !VagueAmounts.TryRead(context, i, out var quantity, out var afterOf);
            if (bare && !VagueAmounts.TryReadBare(context, i, out quantity, out afterOf))
            {
                continue;
            }

            var limit = context.SentenceTokens(context.SentenceOfToken(i)).End;
            if (!MeasureLexicon.TryFindAfter(context, afterOf, limit, out var measure, out var end) && !OpenNoun(context, afterOf, limit, out measure, out end)
                && !MoreOfTheSame(context, i, afterOf, bare, out measure, out end))
            {
                continue;
            }

            drafts.Add(new ClaimDraft(ClaimKind.Count, i, end, measure.Measure)
            {
                Quantity = quantity with { Unit = measure.Measure },
                Qualifier = Qualifier.Vague,
                Group = measure.Group,
                Scope = ScopeReader.Read(context, i, end),
            });
            for (var t = i; t < end; t++)
            {
                taken[t] = true;
            }

            i = end - 1;
        }
    }

    /// <summary>
    /// "killed at least 15 people and wounded dozens more", "12 were killed and dozens have fled": "more" or a verb
    /// without a noun counts what the count before it does.
    /// </summary>
    private static bool MoreOfTheSame(TextContext context, int index, int afterMore, bool bare, out (string Measure, string Group) measure, out int end)
    {
        (measure, end) = (default, afterMore);
        if (!(bare || context.Is(afterMore - 1, "more")) || (context.IsWord(afterMore) && !context.IsAny(afterMore, Adverbials)))
        {
            return false;
        }

        measure = BorrowedMeasure.Find(context, index, "people");
        return true;
    }

    // Words that may follow "dozens more" when no noun does: "dozens more across the country", "dozens more on Monday".
    private static readonly WordSet Adverbials = new("across", "in", "on", "at", "were", "are", "have", "had", "was", "since", "after", "overnight");

    /// <summary>"millions of viewers", "hundreds of flights": a plural noun outside the lexicon, but not "thousands of years".</summary>
    private static bool OpenNoun(TextContext context, int index, int limit, out (string Measure, string Group) measure, out int end)
    {
        var found = Quantities.OpenNoun.TryRead(context, index, limit, out var noun) && !context.Has(noun.End - 1, LexiconMarks.DurationUnit | LexiconMarks.Calendar);
        (measure, end) = ((noun.Measure, noun.Group), noun.End);
        return found;
    }
}
