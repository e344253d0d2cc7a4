using Pipeline.Core.Text;

namespace Pipeline.Core.Claims.Numbers;

/// <summary>"a quarter of a million", "two thirds of a billion": a fraction of a bare scale is one number.</summary>
internal static class FractionOfScale
{
    public static void Merge(TextContext context, List<NumberMention> mentions)
    {
        for (var k = mentions.Count - 2; k >= 0; k--)
        {
            // The form first: a text of figures has many numbers, and few are fractions.
            if (mentions[k].Form != NumberForm.Fraction)
            {
                continue;
            }

            var (fraction, scale) = (mentions[k], mentions[k + 1]);
            if (fraction.Form == NumberForm.Fraction && fraction.Value is > 0 and < 1 && context.Is(fraction.EndToken, "of")
                && scale.FirstToken == fraction.EndToken + 1 && IsBareScale(context, scale))
            {
                mentions[k] = fraction with { End = scale.End, EndToken = scale.EndToken, Value = Scaling.Times(fraction.Value, scale.Value), Form = NumberForm.Words };
                mentions.RemoveAt(k + 1);
            }
        }
    }

    /// <summary>"a million", "a billion": an article and one scale word.</summary>
    private static bool IsBareScale(TextContext context, NumberMention scale) =>
        scale.EndToken == scale.FirstToken + 2 && (context.Is(scale.FirstToken, "a") || context.Is(scale.FirstToken, "an"))
        && scale.Value >= 1000 && NumberWords.TryGet(context, scale.FirstToken + 1, out _, out var kind) && kind == NumberWordKind.Scale;
}
