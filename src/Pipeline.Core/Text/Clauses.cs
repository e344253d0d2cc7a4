namespace Pipeline.Core.Text;

/// <summary>Clause bounds inside a sentence: commas, semicolons, dashes, "but", "while", "and said/that" end a clause.</summary>
internal static class Clauses
{
    public static bool IsBoundary(TextContext context, int index) => context.IsClauseBoundary(index);

    private static readonly int But = Vocabulary.IdOf("but");
    private static readonly int While = Vocabulary.IdOf("while");
    private static readonly int And = Vocabulary.IdOf("and");
    private static readonly int Said = Vocabulary.IdOf("said");
    private static readonly int That = Vocabulary.IdOf("that");

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

    // Word ids stand for the words "but", "while", "and" (with "said" or "that" next); they are in the Vocabulary.
    private static bool Reads(TextContext context, int index)
    {
        var word = context.WordId(index);
        return word == But || word == While
            || (word == And && index + 1 < context.Tokens.Length && context.WordId(index + 1) is var next && (next == Said || next == That))
            || context.Has(index, LexiconMarks.ClausePunctuation);
    }

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
