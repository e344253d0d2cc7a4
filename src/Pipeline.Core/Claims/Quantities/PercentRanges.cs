using Pipeline.Core.Claims.Numbers;
using Pipeline.Core.Text;

namespace Pipeline.Core.Claims.Quantities;

/// <summary>"between 2% and 3%", "2-3%", "5 to 7 per cent": a range of percentages, the lower one with or without its sign.</summary>
internal static class PercentRanges
{
    /// <summary>The lower figure of a range ending with percentage <paramref name="upper"/>, and the range's first token.</summary>
    public static bool TryRead(TextContext context, List<NumberMention> numbers, List<NumberMention> percents, NumberMention upper, out NumberMention lower, out int first)
    {
        (lower, first) = (default, -1);
        var connector = upper.FirstToken - 1;
        var dash = context.IsAnyChar(connector, "-–") && context.Tokens[connector].Joined == context.Tokens[upper.FirstToken].Joined;
        if (!(dash || context.Is(connector, "to") || context.Is(connector, "and")))
        {
            return false;
        }

        var found = percents.FindLast(p => p.EndToken == connector);
        lower = found.EndToken == connector ? found : numbers.FindLast(n => n.EndToken == connector);
        if (lower.EndToken != connector || lower.Value >= upper.Value || lower.Value < 0)
        {
            return false;
        }

        // "rose 0.3 points to 4.4%", "from 52% to 58%": with "to", a figure that has its own sign is a change, not a range.
        var between = context.Is(lower.FirstToken - 1, "between");
        first = between ? lower.FirstToken - 1 : lower.FirstToken;
        return context.Is(connector, "and") ? between : !context.Is(connector, "to") || found.EndToken != connector;
    }
}
