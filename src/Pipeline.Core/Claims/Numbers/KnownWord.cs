using Pipeline.Core.Text;

namespace Pipeline.Core.Claims.Numbers;

/// <summary>
/// A word readers test tokens against many times per text. When the <see cref="Vocabulary"/> has it, the test compares
/// the token's word id (one integer) instead of its text; otherwise it is <see cref="TextContext.Is"/>. Either way the
/// answer is the same: ids are given case-insensitively, as <see cref="TextContext.Is"/> compares.
/// </summary>
internal sealed class KnownWord
{
    private readonly string word;
    private readonly int id;

    public KnownWord(string word)
    {
        this.word = word;
        id = Vocabulary.IdOf(word);
    }

    /// <summary>The same answer as <c>context.Is(index, word)</c>.</summary>
    public bool At(TextContext context, int index)
    {
        if (id == Vocabulary.None)
        {
            return context.Is(index, word);
        }

        return (uint)index < (uint)context.Tokens.Length && context.WordId(index) == id && context.Tokens[index].IsWord;
    }
}
