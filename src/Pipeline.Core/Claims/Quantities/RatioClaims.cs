using Pipeline.Core.Claims.Numbers;
using Pipeline.Core.Text;

namespace Pipeline.Core.Claims.Quantities;

/// <summary>Percentages ("20%", "twenty per cent") and fractions of a whole ("about one-fifth of", "two thirds of", "half of").</summary>
internal static class RatioClaims
{
    public static void Find(TextContext context, List<NumberMention> numbers, bool[] taken, List<ClaimDraft> drafts)
    {
        foreach (var percent in NumberNormalizer.Percentages(context, numbers))
        {
            if (!taken[percent.FirstToken])
            {
                Add(context, percent, ClaimKind.Percentage, "percent", percent.Value, taken, drafts);
            }
        }

        foreach (var number in numbers)
        {
            if (!taken[number.FirstToken] && number.Form == NumberForm.Fraction && number.Value is > 0 and < 1 && context.Is(number.EndToken, "of"))
            {
                Add(context, number, ClaimKind.Ratio, null, number.Value, taken, drafts);
            }
        }
    }

    private static void Add(TextContext context, NumberMention mention, ClaimKind kind, string? unit, double value, bool[] taken, List<ClaimDraft> drafts)
    {
        var (qualifier, first) = QualifierReader.Read(context, mention.FirstToken);
        var of = context.Is(mention.EndToken, "of") ? mention.EndToken + 1 : -1;
        var measure = of > 0 && MeasureLexicon.TryFindAfter(context, of, Math.Min(context.Tokens.Length, of + 3), out var noun, out _) ? noun.Measure : "share";
        drafts.Add(new ClaimDraft(kind, first, mention.EndToken, measure)
        {
            Quantity = QualifierReader.Bounds(value, unit, qualifier),
            Qualifier = qualifier,
            Group = $"share-{measure}",
        });
        for (var t = first; t < mention.EndToken; t++)
        {
            taken[t] = true;
        }
    }
}
