using Pipeline.Core.Text;

namespace Pipeline.Core.Claims.Numbers;

/// <summary>Finds ordinals written as digits with a suffix ("64th", "2nd") or in words ("fifth", "one hundred twenty-fifth").</summary>
internal static class OrdinalScanner
{
    private static readonly string[] Suffixes = ["st", "nd", "rd", "th"];

    // "a" starts an ordinal run only before a number word ("a third"); it is tested at every word, by id.
    private static readonly int A = Vocabulary.RequiredId("a");

    public static List<OrdinalMention> Scan(TextContext context)
    {
        var found = new List<OrdinalMention>();
        var scratch = NumberScratch.Rent();
        Scan(context, found, scratch.Items, scratch.AsCardinal);
        NumberScratch.Return(scratch);
        return found;
    }

    private static void Scan(TextContext context, List<OrdinalMention> found, List<NumberItem> items, List<NumberItem> asCardinal)
    {
        var tokens = context.Tokens;
        // The loop visits number words, "a" and "an", and the suffixes of ordinals in digits, which are far fewer than
        // digits in tables of figures; from is the first token no reading has passed.
        const LexiconMarks starts = LexiconMarks.OrdinalSuffix | LexiconMarks.Number | LexiconMarks.NumberLead;
        var from = 0;
        for (var i = context.NextMarked(0, starts); i < tokens.Length; i = context.NextMarked(from, starts))
        {
            if (i - 1 >= from && tokens[i - 1].IsDigits && IsSuffix(context, i))
            {
                var value = DigitValues.Of(context.Span(i - 1));
                found.Add(new OrdinalMention(tokens[i - 1].Start, tokens[i].End, value, i - 1, i + 1));
                from = i + 1;
                continue;
            }

            from = i + 1;
            if (!tokens[i].IsWord || !(context.Has(i, LexiconMarks.Number) || (context.IsWordId(i, A) && NumberWords.MayBeAt(context, i + 1) && NumberWords.IsNumberWord(context, i + 1))))
            {
                continue;
            }

            items.Clear();
            var end = NumberItems.Collect(context, i, items);
            if (items.Count > 0 && TryOrdinal(items, asCardinal, out var ordinal))
            {
                found.Add(new OrdinalMention(tokens[ordinal.First].Start, tokens[ordinal.Last].End, ordinal.Value, ordinal.First, ordinal.Last + 1));
            }

            from = Math.Max(i, end - 1) + 1;
        }
    }

    private static bool IsSuffix(TextContext context, int index) =>
        index < context.Tokens.Length && context.Tokens[index].Joined && context.IsAny(index, Suffixes)
        && !(index + 1 < context.Tokens.Length && context.Tokens[index + 1].Joined && !context.Tokens[index + 1].IsPunctuation);

    /// <summary>
    /// The run ends in a singular ordinal word; the number words right before it add to it ("one hundred twenty fifth" = 125),
    /// but not across "and" or an article ("forty two and a third" has the ordinal "third"; "a trillionth" is a fraction).
    /// </summary>
    private static bool TryOrdinal(List<NumberItem> items, List<NumberItem> asCardinal, out (double Value, int First, int Last) ordinal)
    {
        ordinal = default;
        var last = items[^1];
        if (last.Kind != NumberWordKind.Ordinal)
        {
            return false;
        }

        var start = items.Count - 1;
        while (start > 0 && !items[start].AfterAnd && !items[start - 1].IsArticle)
        {
            start--;
        }

        if (start == 1 && items[0].IsArticle && start == items.Count - 1 && last.Value >= 100)
        {
            return false;
        }

        // Reused from one ordinal to the next ("first" is a common word, and each was a list and a closure).
        asCardinal.Clear();
        foreach (var item in items)
        {
            asCardinal.Add(item == last ? item with { Kind = last.Value >= 100 ? NumberWordKind.Scale : NumberWordKind.Unit } : item);
        }

        ordinal = (NumberEvaluation.Integer(asCardinal, start, asCardinal.Count), items[start].Token, last.Token);
        return !double.IsNaN(ordinal.Value);
    }
}
