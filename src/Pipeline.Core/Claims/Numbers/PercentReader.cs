using Pipeline.Core.Text;

namespace Pipeline.Core.Claims.Numbers;

/// <summary>Percentages: "20%", "20 percent", "twenty per cent", and the inverted "percent of 10".</summary>
internal static class PercentReader
{
    // Asked after and before every number: by id, one compare each instead of an ignore-case compare per word.
    private static readonly WordSet Words = new("percent", "percents", "percentage", "pct");
    private static readonly WordSet LeadingWords = new("percent", "percents", "percentage");
    private static readonly WordSet PointWords = new("percentage", "pct");
    private static readonly int Per = Vocabulary.RequiredId("per");
    private static readonly int Of = Vocabulary.RequiredId("of");

    public static bool TryRead(TextContext context, NumberMention number, out NumberMention percent)
    {
        percent = number;
        var next = number.EndToken;
        var end = PercentWordEnd(context, next);
        if (end < 0 || (next < context.Tokens.Length && context.Tokens[next].Start - context.Tokens[next - 1].End > 1))
        {
            return false;
        }

        percent = number with { End = context.Tokens[end - 1].End, EndToken = end };
        return true;
    }

    /// <summary>"percent of 10", "per cent of twenty-two": the number follows the word.</summary>
    public static bool TryReadLeading(TextContext context, NumberMention number, out NumberMention percent)
    {
        percent = number;
        var of = number.FirstToken - 1;
        if (!context.IsWord(of) || !context.IsWordId(of, Of))
        {
            return false;
        }

        var start = PercentWordStart(context, of - 1);
        if (start < 0 || (start != 0 && PercentWordEnd(context, start - 3) >= 0))
        {
            return false;
        }

        percent = number with { Start = context.Tokens[start].Start, FirstToken = start };
        return true;
    }

    private static int PercentWordEnd(TextContext context, int index)
    {
        if (index < 0 || index >= context.Tokens.Length)
        {
            return -1;
        }

        if (context.IsChar(index, '%'))
        {
            // "%2D", "%28": URL encoding, not a percentage.
            var encoded = index + 1 < context.Tokens.Length && context.Tokens[index + 1].Joined && !context.Tokens[index + 1].IsPunctuation;
            return encoded ? -1 : index + 1;
        }

        // In a text of figures the token after most numbers is punctuation: its kind, already read, answers before the id.
        if (!context.Tokens[index].IsWord)
        {
            return -1;
        }

        if (context.IsWordId(index, Per) && context.Is(index + 1, "cent"))
        {
            return index + 2;
        }

        if (!context.IsAny(index, Words))
        {
            return -1;
        }

        // "0.3 percentage points": the span takes the unit whole.
        return context.IsAny(index, PointWords) && (context.Is(index + 1, "points") || context.Is(index + 1, "point")) ? index + 2 : index + 1;
    }

    private static int PercentWordStart(TextContext context, int last)
    {
        if (context.Is(last, "cent") && context.IsWordId(last - 1, Per))
        {
            return last - 1;
        }

        return context.IsAny(last, LeadingWords) ? last : -1;
    }
}
