using Pipeline.Core.Articles;

namespace Pipeline.Host.Functions.IngestArticle;

/// <summary>Source, date, title and URL from blob metadata, falling back to the path <c>{source}/...</c> for the source.</summary>
public static class ArticleHintsReader
{
    public static ArticleHints From(string blobName, IReadOnlyDictionary<string, string> metadata)
    {
        ArgumentNullException.ThrowIfNull(blobName);
        ArgumentNullException.ThrowIfNull(metadata);
        string? Get(string key) => metadata.FirstOrDefault(kv => kv.Key.Equals(key, StringComparison.OrdinalIgnoreCase)).Value;
        var slash = blobName.IndexOf('/', StringComparison.Ordinal);
        var source = Get("source") ?? (slash > 0 ? blobName[..slash] : null);
        var published = PublishedDate.TryParse(Get("published"), out var date) ? date : (DateOnly?)null;
        return new ArticleHints(source, published, Unescape(Get("title")), Unescape(Get("url")));
    }

    /// <summary>Blob metadata is ASCII; the upload command percent-encodes titles, so decode them here.</summary>
    private static string? Unescape(string? value) => value is null ? null : Uri.UnescapeDataString(value);
}
