using Pipeline.Core.Claims.Numbers;
using Pipeline.Core.Text;

namespace Pipeline.Core.Claims.Quantities;

/// <summary>"163 of the 300 seats", "52 of 61 drones", "7 of their last 10 games": a part named by the whole after it.</summary>
internal static class PartOfWhole
{
    private const int MaxDeterminers = 2;
    private static readonly string[] Determiners = ["the", "its", "their", "his", "her", "our", "last", "first", "all", "previous", "past", "remaining"];

    /// <summary>The index in <paramref name="numbers"/> of the whole that number <paramref name="n"/> is part of.</summary>
    public static bool TryWhole(TextContext context, List<NumberMention> numbers, int n, out int whole)
    {
        whole = n + 1;
        var part = numbers[n];
        // "one of the 300 passengers" singles someone out; it does not count them.
        if (!context.Is(part.EndToken, "of") || whole >= numbers.Count || (part.Form != NumberForm.Digits && part.Value < 3))
        {
            return false;
        }

        var i = part.EndToken + 1;
        while (i - part.EndToken - 1 < MaxDeterminers && context.IsAny(i, Determiners))
        {
            i++;
        }

        return numbers[whole].FirstToken == i && numbers[whole].Value > part.Value;
    }
}
