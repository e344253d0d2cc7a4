namespace Pipeline.Core.Text;

/// <summary>
/// A fixed set of words tested by a token's <see cref="Vocabulary"/> id: one array read, where a list of strings took a
/// length test and an ignore-case compare per word (a noun phrase tests fifty titles for every lower-case word).
/// </summary>
internal sealed class WordSet
{
    private readonly bool[] members = new bool[Vocabulary.Count];

    /// <summary>Every word needs an id: one that no lexicon lists belongs in Lexicons/function-words.txt.</summary>
    public WordSet(params ReadOnlySpan<string> words)
    {
        foreach (var word in words)
        {
            members[Vocabulary.RequiredId(word)] = true;
        }
    }

    public bool Contains(int id) => id >= 0 && id < members.Length && members[id];
}
