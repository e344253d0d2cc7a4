using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

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

    /// <summary>
    /// Marks every token that ends a clause with <see cref="LexiconMarks.ClauseBoundary"/>, eight tokens to a vector
    /// compare: clause searches around each claim then skip to the next mark, rather than testing four words a token.
    /// </summary>
    public static void Mark(ReadOnlySpan<int> wordIds, Span<LexiconMarks> marks)
    {
        var flags = MemoryMarshal.Cast<LexiconMarks, int>(marks);
        var i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            // Each step reads the ids one token on as well, for "and said".
            for (; i + Vector256<int>.Count < wordIds.Length; i += Vector256<int>.Count)
            {
                var (word, next) = (Vector256.Create(wordIds.Slice(i, Vector256<int>.Count)), Vector256.Create(wordIds.Slice(i + 1, Vector256<int>.Count)));
                var at = flags.Slice(i, Vector256<int>.Count);
                var marked = Vector256.Create((ReadOnlySpan<int>)at);
                var ends = Vector256.Equals(word, Vector256.Create(But)) | Vector256.Equals(word, Vector256.Create(While))
                    | (Vector256.Equals(word, Vector256.Create(And)) & (Vector256.Equals(next, Vector256.Create(Said)) | Vector256.Equals(next, Vector256.Create(That))))
                    | ~Vector256.Equals(marked & Vector256.Create((int)LexiconMarks.ClausePunctuation), Vector256<int>.Zero);
                (marked | (ends & Vector256.Create((int)LexiconMarks.ClauseBoundary))).CopyTo(at);
            }
        }

        for (; i < wordIds.Length; i++)
        {
            marks[i] |= Ends(wordIds, marks, i) ? LexiconMarks.ClauseBoundary : LexiconMarks.None;
        }
    }

    // Word ids stand for the words "but", "while", "and" (with "said" or "that" next); they are in the Vocabulary.
    private static bool Ends(ReadOnlySpan<int> wordIds, Span<LexiconMarks> marks, int index)
    {
        var word = wordIds[index];
        return word == But || word == While
            || (word == And && index + 1 < wordIds.Length && wordIds[index + 1] is var next && (next == Said || next == That))
            || (marks[index] & LexiconMarks.ClausePunctuation) != 0;
    }

    public static int Start(TextContext context, int index, int sentenceFirst)
    {
        while (index > sentenceFirst && !IsBoundary(context, index - 1))
        {
            index--;
        }

        return index;
    }

    public static int End(TextContext context, int index, int sentenceEnd) =>
        index < sentenceEnd ? context.NextMarked(index, sentenceEnd, LexiconMarks.ClauseBoundary) : index;
}
