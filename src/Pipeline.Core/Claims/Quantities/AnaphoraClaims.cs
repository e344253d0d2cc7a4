using Pipeline.Core.Text;

namespace Pipeline.Core.Claims.Quantities;

/// <summary>
/// Anaphoric counts ("the same number", "an equivalent number", "as many") take the value of the latest count before them
/// in the same or the previous sentence. "as many as 500" is a qualifier, not an anaphor, and is left to the count reader.
/// </summary>
internal static class AnaphoraClaims
{
    private static readonly PhraseTable<bool> Phrases = PhraseTable<bool>.Load("anaphora.txt", HasSecondWord, LexiconMarks.Anaphora);

    // Anaphors are found from their second word (see Find), so every entry needs one.
    private static bool HasSecondWord(string[] row) =>
        row[0].Trim().Contains(' ', StringComparison.Ordinal) ? true : throw new InvalidOperationException($"anaphora.txt: '{row[0]}' needs a second word.");

    public static void Find(TextContext context, bool[] taken, List<ClaimDraft> drafts)
    {
        // Most articles have no anaphor: the counts are listed only when the first one is found.
        List<ClaimDraft>? counts = null;
        // From second word to second word: the first words ("the", "a", "as") are among the commonest, the second
        // ("same", "many") are not, and each is one token after the anaphor's start.
        for (var second = context.NextMarked(1, LexiconMarks.AnaphoraSecond); second < context.Tokens.Length; second = context.NextMarked(second + 1, LexiconMarks.AnaphoraSecond))
        {
            var i = second - 1;
            if (taken[i] || !Phrases.TryMatch(context, i, out _, out var end) || context.Is(end, "as") || IsMultiple(context, i - 1))
            {
                continue;
            }

            counts ??= Counts(drafts);
            var antecedent = LatestCountBefore(context, counts, i);
            if (antecedent is null)
            {
                continue;
            }

            var nounEnd = end;
            var measure = (antecedent.Measure, Group: antecedent.Group ?? antecedent.Measure);
            if (context.Is(end, "of") && MeasureLexicon.TryFindAfter(context, end + 1, context.Tokens.Length, out var noun, out var after))
            {
                (measure, nounEnd) = (noun, after);
            }

            drafts.Add(antecedent with { FirstToken = i, EndToken = nounEnd, Measure = measure.Measure, Group = measure.Group, Scope = ScopeReader.Read(context, i, nounEnd) });
            for (var t = i; t < nounEnd; t++)
            {
                taken[t] = true;
            }
        }
    }

    /// <summary>
    /// The latest count ending before token <paramref name="index"/>, in its sentence or the one before. A loop, not a
    /// lambda: a lambda capturing the context and the token index kept both in a heap object for the whole scan.
    /// </summary>
    private static ClaimDraft? LatestCountBefore(TextContext context, List<ClaimDraft> counts, int index)
    {
        for (var k = counts.Count - 1; k >= 0; k--)
        {
            var count = counts[k];
            if (count.EndToken <= index && context.SentenceOfToken(count.FirstToken) >= context.SentenceOfToken(index) - 1)
            {
                return count;
            }
        }

        return null;
    }

    /// <summary>"twice as many", "three times as many", "half as many": a multiple of the earlier figure, not that figure.</summary>
    private static bool IsMultiple(TextContext context, int before) =>
        context.Is(before, "twice") || context.Is(before, "thrice") || context.Is(before, "times") || context.Is(before, "half")
        || context.Tokens.Length > before && before >= 0 && context.Tokens[before].IsDigits;

    private static List<ClaimDraft> Counts(List<ClaimDraft> drafts) =>
        drafts.Where(d => d.Kind is ClaimKind.Count or ClaimKind.Amount && d.Quantity?.Number is not null).OrderBy(d => d.FirstToken).ToList();
}
