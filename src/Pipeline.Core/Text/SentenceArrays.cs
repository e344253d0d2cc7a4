namespace Pipeline.Core.Text;

/// <summary>
/// The per-sentence lists of a <see cref="TextContext"/> (the sentences, their texts once cut, their first and end
/// tokens), kept per thread like <see cref="TokenArrays"/> and given back by the same <see cref="TextContext.Release"/>.
/// The corpus's articles average 1.7 KB: made fresh for each, these were most of what the text step still allocated.
/// The arrays are at least as long as the sentences, rarely exactly.
/// </summary>
internal sealed class SentenceArrays
{
    // Lists for more sentences (an outsized or hostile input) are not kept: a thread would hold them for good.
    private const int MaxKept = 1 << 14;

    [ThreadStatic]
    private static SentenceArrays? spare;

    public List<Range> Sentences { get; } = [];

    /// <summary>Each sentence's text once cut, null before; all null past the sentences.</summary>
    public string?[] Texts { get; private set; } = [];

    public int[] FirstTokens { get; private set; } = [];

    public int[] EndTokens { get; private set; } = [];

    /// <summary>The sentences of <paramref name="text"/>, in the thread's spare lists when it has them.</summary>
    public static SentenceArrays Split(string text)
    {
        var arrays = spare ?? new SentenceArrays();
        spare = null;
        Text.Sentences.SplitInto(text, arrays.Sentences);
        arrays.Fit(arrays.Sentences.Count);
        return arrays;
    }

    /// <summary>Keeps the lists for the thread's next text: the caller must not read them again.</summary>
    public static void Return(SentenceArrays arrays)
    {
        // Cleared here rather than when taken: a fresh array is already, and the article's texts are let go.
        arrays.Texts.AsSpan(0, arrays.Sentences.Count).Clear();
        spare = arrays.Sentences.Capacity <= MaxKept ? arrays : spare;
    }

    private void Fit(int count)
    {
        if (Texts.Length < count)
        {
            var capacity = Math.Max(count, 2 * Texts.Length);
            (Texts, FirstTokens, EndTokens) = (new string?[capacity], new int[capacity], new int[capacity]);
        }
    }
}
