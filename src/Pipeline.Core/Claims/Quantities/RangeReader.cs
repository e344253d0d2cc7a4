using Pipeline.Core.Claims.Numbers;
using Pipeline.Core.Text;

namespace Pipeline.Core.Claims.Quantities;

/// <summary>
/// Ranges: "between 200 and 300", "200-300", "200 to 300"; the second number must be larger. "Rose from 200 to 300"
/// is a change between two values, not a range.
/// </summary>
internal static class RangeReader
{
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
        if (next.FirstToken != connector + 1 || next.Value <= lower.Value || next.Designator)
        {
            return false;
        }

        var isDash = context.IsAnyChar(connector, "-–—") && context.Tokens[connector].Joined == context.Tokens[connector + 1].Joined;
        var isTo = context.Is(connector, "to") && !SubjectNoun.IsChangeFrom(context, lower.FirstToken - 1);
        var isBetween = context.Is(connector, "and") && context.Is(lower.FirstToken - 1, "between");
        upper = next;
        return isDash || isTo || isBetween;
    }

    public static (Qualifier Qualifier, int First) Start(TextContext context, NumberMention lower) =>
        (Qualifier.Range, context.Is(lower.FirstToken - 1, "between") ? lower.FirstToken - 1 : lower.FirstToken);
}
