namespace Pipeline.Core.Reliability.Copies;

/// <summary>
/// A MinHash signature over word 5-shingles of the normalised text (lower case, letters and digits only), so
/// re-punctuated or lightly edited syndicated copies still match. The host can store it at ingest.
/// </summary>
public static class ArticleFingerprint
{
    public const int Size = 64;
    private const int ShingleWords = 5;

    public static ulong[] Compute(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = Normalise(text);
        var signature = new ulong[Size];
        Array.Fill(signature, ulong.MaxValue);
        for (var i = 0; i + ShingleWords <= Math.Max(words.Count, ShingleWords); i++)
        {
            var shingle = Fnv(words.Skip(i).Take(ShingleWords));
            for (var h = 0; h < Size; h++)
            {
                signature[h] = Math.Min(signature[h], Mix(shingle ^ unchecked((ulong)h * 0x9E3779B97F4A7C15UL)));
            }
        }

        return signature;
    }

    /// <summary>The share of equal MinHash slots: an unbiased estimate of the shingle sets' Jaccard similarity.</summary>
    public static double Similarity(ulong[] a, ulong[] b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return (double)a.Zip(b).Count(p => p.First == p.Second) / Size;
    }

    private static List<string> Normalise(string text) =>
        new string(text.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : ' ').ToArray())
            .Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();

    private static ulong Fnv(IEnumerable<string> words)
    {
        var hash = 14695981039346656037UL;
        foreach (var ch in string.Join(' ', words))
        {
            hash = unchecked((hash ^ ch) * 1099511628211UL);
        }

        return hash;
    }

    /// <summary>splitmix64 finaliser: a cheap, well-mixed hash family indexed by the seed xor.</summary>
    private static ulong Mix(ulong x)
    {
        unchecked
        {
            x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
            x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
            return x ^ (x >> 31);
        }
    }
}
