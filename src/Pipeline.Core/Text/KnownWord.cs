using System.Runtime.CompilerServices;

namespace Pipeline.Core.Text;

/// <summary>
/// A word readers test tokens against many times per text, with the answer of <see cref="TextContext.Is"/>. When the
/// <see cref="Vocabulary"/> has the word, the test compares the token's word id (ids are given ignoring case, as
/// <see cref="TextContext.Is"/> compares); otherwise a token of the word's length whose ASCII initial differs is
/// rejected before the ignore-case compare.
/// </summary>
internal sealed class KnownWord
{
    private readonly string word;
    private readonly int id;

    // The word's initial in lower case when it is an ASCII letter (which only itself in either case equals, ignoring
    // case), else '\0': a token's initial that is not an ASCII letter may still equal it, and is compared in full.
    private readonly char asciiInitial;

    public KnownWord(string word)
    {
        this.word = word;
        id = Vocabulary.IdOf(word);
        asciiInitial = char.IsAsciiLetter(word[0]) ? char.ToLowerInvariant(word[0]) : '\0';
    }

    /// <summary>The same answer as <c>context.Is(index, word)</c>.</summary>
    // Inlined into the loops over every token that call it: the tests that reject most tokens are then not a call.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool At(TextContext context, int index)
    {
        var tokens = context.Tokens;
        if (index < 0 || index >= tokens.Length)
        {
            return false;
        }

        return id != Vocabulary.None ? context.WordId(index) == id && tokens[index].IsWord
            : tokens[index].Length == word.Length && tokens[index].IsWord && SameText(context, index);
    }

    private bool SameText(TextContext context, int index)
    {
        var initial = context.Text[context.Tokens[index].Start];
        return (asciiInitial == '\0' || !char.IsAsciiLetter(initial) || (initial | 0x20) == asciiInitial) && context.Is(index, word);
    }
}
