using Pipeline.Core.Claims.Numbers;
using Pipeline.Core.Text;

namespace Pipeline.Core.Claims.Quantities;

/// <summary>
/// Multiples of another figure: "three times higher", "nearly three times the number", "twice as many", "twice the
/// average". The value is the factor, a ratio; "met three times" or "twice a week" are frequencies and are left alone.
/// </summary>
internal static class Multiples
{
    private static readonly string[] Comparisons =
        ["as", "the", "that", "more", "higher", "larger", "bigger", "greater", "lower", "smaller", "faster", "fewer", "less", "what"];

    /// <summary>The factor and the token after it, for a multiple starting at <paramref name="index"/>.</summary>
    public static bool TryRead(TextContext context, List<NumberMention> numbers, int index, out double factor, out int end)
    {
        (factor, end) = (0, index + 1);
        if (context.Is(index, "twice") || context.Is(index, "thrice"))
        {
            factor = context.Is(index, "twice") ? 2 : 3;
            return context.IsAny(index + 1, Comparisons);
        }

        var number = numbers.Find(n => n.FirstToken == index);
        if (number.EndToken == 0 || !context.Is(number.EndToken, "times") || number.Value < 1.5)
        {
            return false;
        }

        (factor, end) = (number.Value, number.EndToken + 1);
        return context.IsAny(end, Comparisons);
    }
}
