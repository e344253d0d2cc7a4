using Pipeline.Core.Text;

namespace Pipeline.Core.Claims.Numbers;

/// <summary>
/// A case-insensitive word map that readers probe with tokens: the answer for each <see cref="Vocabulary"/> id is
/// looked up once, so a probe is an array index instead of an ignore-case hash of the token's text. A token's id
/// stands for every spelling equal to it ignoring case, which is how the map compares, so the answers are the same.
/// </summary>
internal sealed class TokenWordMap<T>
{
    private readonly WordMap<T> words;
    private readonly bool[] found;
    private readonly T[] values;

    // Whether every word of the map has an id; then a token without one is in no entry. Entries of several words
    // ("going to") never equal one token, whatever their id.
    private readonly bool idsCoverWords;

    public TokenWordMap(IEnumerable<(string Word, T Value)> rows)
    {
        var list = rows.ToList();
        words = new WordMap<T>(list);
        found = new bool[Vocabulary.Count];
        values = new T[Vocabulary.Count];
        for (var id = 0; id < found.Length; id++)
        {
            found[id] = words.TryGet(Vocabulary.WordOf(id), out values[id]);
        }

        idsCoverWords = list.TrueForAll(row => row.Word.Contains(' ', StringComparison.Ordinal) || Vocabulary.IdOf(row.Word) != Vocabulary.None);
    }

    /// <summary>A map of an embedded lexicon's first column, as <see cref="Lexicon.Map"/> builds it.</summary>
    public static TokenWordMap<T> Load(string lexicon, Func<string[], T> value) =>
        new(Lexicon.Load(lexicon).Select(row => (row[0], value(row))));

    /// <summary>The same answer as <see cref="TryGet(ReadOnlySpan{char}, out T)"/> with the token's text, for a word token; false for others.</summary>
    public bool TryGet(TextContext context, int index, out T value)
    {
        if (!context.IsWord(index))
        {
            value = default!;
            return false;
        }

        var id = context.WordId(index);
        if (id != Vocabulary.None)
        {
            value = values[id];
            return found[id];
        }

        if (idsCoverWords)
        {
            value = default!;
            return false;
        }

        return words.TryGet(context.Span(index), out value);
    }

    public bool Contains(TextContext context, int index) => TryGet(context, index, out _);

    public bool TryGet(ReadOnlySpan<char> word, out T value) => words.TryGet(word, out value);

    public bool Contains(ReadOnlySpan<char> word) => words.Contains(word);
}
