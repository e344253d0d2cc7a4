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

    /// <summary>"twice as", "thrice the" at <paramref name="index"/>: the factor.</summary>
    public static bool TryWord(TextContext context, int index, out double factor)
    {
        factor = context.Is(index, "twice") ? 2 : context.Is(index, "thrice") ? 3 : 0;
        return factor > 0 && context.IsAny(index + 1, Comparisons);
    }

    /// <summary>"three times higher", "nearly three times the number": the number is the factor; "times" ends the span.</summary>
    public static bool IsTimes(TextContext context, NumberMention number) =>
        number.Value >= 1.5 && context.Is(number.EndToken, "times") && context.IsAny(number.EndToken + 1, Comparisons);
}
