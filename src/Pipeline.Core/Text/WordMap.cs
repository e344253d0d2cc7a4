namespace Pipeline.Core.Text;

/// <summary>A case-insensitive dictionary from single words to values, probed with spans (no allocation per lookup).</summary>
internal sealed class WordMap<T>
{
    private readonly Dictionary<string, T> entries;
    private readonly Dictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> lookup;

    public WordMap(IEnumerable<(string Word, T Value)> rows)
    {
        entries = new Dictionary<string, T>(StringComparer.OrdinalIgnoreCase);
        foreach (var (word, value) in rows)
        {
            entries.TryAdd(word, value);
        }

        lookup = entries.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count => entries.Count;

    public bool TryGet(ReadOnlySpan<char> word, out T value) => lookup.TryGetValue(word, out value!);

    public bool Contains(ReadOnlySpan<char> word) => lookup.ContainsKey(word);
}
