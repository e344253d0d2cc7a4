using Pipeline.Core.Claims.Numbers;
using Pipeline.Core.Text;

namespace Pipeline.Core.Claims.Quantities;

/// <summary>
/// A second figure whose noun is left out: "12 people in Texas and 4 in Oklahoma", "57,000 people in Germany and 23,000
/// abroad", "Kyiv returned 307 soldiers and Moscow 307". It counts what the count before it in the sentence counts. A list of bare figures ("aged 24, 31 and 45")
/// has no such count, and a count in words is too often a trivial one to lend its noun.
/// </summary>
internal static class ElidedCounts
{
    private const int MaxGap = 8;

    public static void Find(TextContext context, List<NumberMention> numbers, bool[] taken, List<ClaimDraft> drafts)
    {
        // Readers add drafts in their own order; the counts are put in text order once.
        var counts = drafts.Where(d => d.Kind == ClaimKind.Count && d.Quantity?.Number is not null).OrderBy(d => d.FirstToken).ToList();
        ClaimDraft? previous = null;
        var next = 0;
        foreach (var number in numbers)
        {
            while (next < counts.Count && counts[next].FirstToken < number.FirstToken)
            {
                previous = counts[next++];
            }

            if (previous is { } antecedent && IsElided(context, number, antecedent, taken))
            {
                var (qualifier, first) = QualifierReader.Read(context, number.FirstToken);
                drafts.Add(antecedent with
                {
                    FirstToken = first,
                    EndToken = number.EndToken,
                    Quantity = QualifierReader.Bounds(number.Value, antecedent.Quantity!.Unit, qualifier),
                    Qualifier = qualifier,
                    Scope = ScopeReader.Read(context, first, number.EndToken),
                });
                Array.Fill(taken, true, first, number.EndToken - first);
            }
        }
    }

    private static bool IsElided(TextContext context, NumberMention number, ClaimDraft antecedent, bool[] taken)
    {
        var and = QualifierReader.Read(context, number.FirstToken).FirstToken - 1;
        while (context.IsCapitalized(and) && and > antecedent.EndToken)
        {
            // "... and Moscow 307": the other party, with its verb left out.
            and--;
        }

        return !taken[number.FirstToken] && number.Form == NumberForm.Digits && !number.Designator && !number.UnitAttached && number.Value > 0
            && context.Is(and, "and") && and - antecedent.EndToken is >= 0 and <= MaxGap && !context.SentenceBreakBetween(antecedent.EndToken, and)
            && !context.Tokens[and - 1].IsDigits && !context.IsChar(number.EndToken, ':') && !context.Is(number.EndToken, "of")
            && !NonCountNumbers.IsNonCount(context, number) && !(number.End - number.Start == 4 && number.Value is >= 1800 and <= 2100);
    }
}
