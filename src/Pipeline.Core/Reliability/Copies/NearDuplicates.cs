namespace Pipeline.Core.Reliability.Copies;

/// <summary>
/// Groups near-duplicate articles (estimated Jaccard ≥ threshold) without comparing all pairs: LSH banding
/// (16 bands × 4 rows) proposes candidate pairs, the signatures confirm them. Each article maps to the
/// canonical article of its group: the first in the given order (pass them oldest first).
/// </summary>
public static class NearDuplicates
{
    /// <summary>Estimated Jaccard similarity of shingles at which an article counts as a copy.</summary>
    public const double DefaultThreshold = 0.8;

    private const int Bands = 16;
    private const int Rows = ArticleFingerprint.Size / Bands;

    /// <summary>
    /// The signature's LSH bands, each as (band number, hash): articles sharing any one are the candidate copies,
    /// so a store indexed by these finds a new article's near-duplicates without reading every signature.
    /// </summary>
    public static IEnumerable<(int Band, ulong Hash)> BandsOf(ulong[] signature)
    {
        ArgumentNullException.ThrowIfNull(signature);
        return Enumerable.Range(0, Bands).Select(band => (band, BandHash(signature, band)));
    }

    /// <summary>ArticleId to canonical ArticleId, for copies only (originals are absent).</summary>
    public static IReadOnlyDictionary<string, string> Find(IReadOnlyList<(string ArticleId, ulong[] Signature)> articles, double threshold = DefaultThreshold)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var parent = Enumerable.Range(0, articles.Count).ToArray();
        var buckets = new Dictionary<(int, ulong), int>();
        for (var i = 0; i < articles.Count; i++)
        {
            for (var band = 0; band < Bands; band++)
            {
                var key = (band, BandHash(articles[i].Signature, band));
                if (!buckets.TryAdd(key, i) && ArticleFingerprint.Similarity(articles[buckets[key]].Signature, articles[i].Signature) >= threshold)
                {
                    Union(parent, buckets[key], i);
                }
            }
        }

        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < articles.Count; i++)
        {
            var root = Find(parent, i);
            if (root != i)
            {
                result[articles[i].ArticleId] = articles[root].ArticleId;
            }
        }

        return result;
    }

    public static IReadOnlyDictionary<string, string> Find(IReadOnlyList<(string ArticleId, string Text)> articles, double threshold = DefaultThreshold)
    {
        ArgumentNullException.ThrowIfNull(articles);
        return Find(articles.Select(a => (a.ArticleId, ArticleFingerprint.Compute(a.Text))).ToList(), threshold);
    }

    private static ulong BandHash(ulong[] signature, int band)
    {
        var hash = 14695981039346656037UL;
        for (var r = 0; r < Rows; r++)
        {
            hash = unchecked((hash ^ signature[(band * Rows) + r]) * 1099511628211UL);
        }

        return hash;
    }

    /// <summary>Union by the smaller index, so the earliest article is always the group's root.</summary>
    private static void Union(int[] parent, int a, int b)
    {
        var (ra, rb) = (Find(parent, a), Find(parent, b));
        if (ra != rb)
        {
            parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
        }
    }

    private static int Find(int[] parent, int i)
    {
        while (parent[i] != i)
        {
            i = parent[i] = parent[parent[i]];
        }

        return i;
    }
}
