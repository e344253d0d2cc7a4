using System.Buffers;
using Pipeline.Core.Claims.Numbers;
using Pipeline.Core.Text;

namespace Pipeline.Core.Claims.Quantities;

/// <summary>
/// Ranges: "between 200 and 300", "200-300", "200 to 300", "between £30 and £45", "$5-10 million"; the second number must
/// be larger. A bare lower figure takes the upper one's scale: "$5-10 million" is 5 to 10 million. "Rose from 200 to
/// 300" is a change between two values, not a range.
/// </summary>
internal static class RangeReader
{
    private static readonly SearchValues<char> Dashes = SearchValues.Create("-–—");

    /// <summary>Whether token <paramref name="index"/> is one of the dashes that may join a range.</summary>
    public static bool IsDash(TextContext context, int index) => TokenMarks.At(context, index, Dashes);

    public static bool TryRead(TextContext context, List<NumberMention> numbers, int n, out NumberMention upper)
    {
        upper = default;
        if (n + 1 >= numbers.Count)
        {
            return false;
        }

        var lower = numbers[n];
        var next = numbers[n + 1];
        var connector = lower.EndToken;
        var gap = next.FirstToken - connector;
        if (gap is not (1 or 2) || !(context.IsWord(connector) || TokenMarks.At(context, connector, Dashes)))
        {
            // Every range below is linked by a dash or a word; in a list of figures ("1,2.3") most neighbours are
            // linked by neither, and skip the currency and scale tests.
            return false;
        }

        var currency = gap == 2 && Currencies.Before(context, next.FirstToken) is { } sign && sign.First == connector + 1;
        if (gap != (currency ? 2 : 1) || next.Value <= ScaledLower(context, lower, next) || next.Designator)
        {
            return false;
        }

        var isDash = TokenMarks.At(context, connector, Dashes) && context.Tokens[connector].Joined == context.Tokens[connector + 1].Joined;
        var isTo = context.Is(connector, "to") && !SubjectNoun.IsChangeFrom(context, lower.FirstToken - 1);
        var isBetween = context.Is(connector, "and") && context.Is(Currencies.Before(context, lower.FirstToken)?.First - 1 ?? lower.FirstToken - 1, "between");
        upper = next;
        return isDash || isTo || isBetween;
    }

    /// <summary>The lower figure, scaled like the upper one when it is bare digits and the upper has a scale word.</summary>
    public static double ScaledLower(TextContext context, NumberMention lower, NumberMention upper)
    {
        var scaleToken = upper.EndToken - 1;
        var factor = 1.0;
        var upperScaled = scaleToken > upper.FirstToken && context.IsWord(scaleToken)
            && NumberWords.TryScaleSuffix(context.Span(scaleToken), afterCurrency: true, out factor) && factor >= 1000;
        return upperScaled && lower.EndToken - lower.FirstToken == 1 && lower.Value * factor <= upper.Value ? Scaling.Times(lower.Value, factor) : lower.Value;
    }

    public static (Qualifier Qualifier, int First) Start(TextContext context, int firstToken) =>
        (Qualifier.Range, context.Is(firstToken - 1, "between") ? firstToken - 1 : firstToken);
}
