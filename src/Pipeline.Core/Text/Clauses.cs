namespace Pipeline.Core.Text;

/// <summary>Clause bounds inside a sentence: commas, semicolons, dashes, "but", "while", "and said/that" end a clause.</summary>
internal static class Clauses
{
    public static bool IsBoundary(TextContext context, int index) => context.IsClauseBoundary(index);

    /// <summary>Every token's answer at once: clause searches around each claim then test a flag, not four words.</summary>
    public static bool[] Mark(TextContext context)
    {
        var boundaries = new bool[context.Tokens.Length];
        for (var i = 0; i < boundaries.Length; i++)
        {
            boundaries[i] = Reads(context, i);
        }

        return boundaries;
    }

    private static bool Reads(TextContext context, int index) =>
        context.IsAnyChar(index, ",;:—–") || context.Is(index, "but") || context.Is(index, "while")
        || (context.Is(index, "and") && (context.Is(index + 1, "said") || context.Is(index + 1, "that")));

    public static int Start(TextContext context, int index, int sentenceFirst)
    {
        while (index > sentenceFirst && !IsBoundary(context, index - 1))
        {
            index--;
        }

        return index;
    }

    public static int End(TextContext context, int index, int sentenceEnd)
    {
        while (index < sentenceEnd && !IsBoundary(context, index))
        {
            index++;
        }

        return index;
    }
}
