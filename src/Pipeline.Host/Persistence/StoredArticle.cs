using Pipeline.Core.Articles;

namespace Pipeline.Host.Persistence;

/// <summary>The normalised article document, kept in a blob because article text can exceed a table property.</summary>
public sealed record StoredArticle(string ArticleId, string Source, string? PublishedAt, string? Title, string? Url, string Text, string Blob)
{
    public static string BlobName(string articleId) => $"{articleId}.json";

    public static StoredArticle From(Article article, string blob)
    {
        ArgumentNullException.ThrowIfNull(article);
        return new StoredArticle(article.Id.Value, article.Source, article.PublishedAt?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), article.Title, article.Url, article.Text, blob);
    }

    public Article ToArticle()
    {
        _ = Core.Articles.ArticleId.TryParse(ArticleId, out var id);
        return new Article(id, Source, PublishedDate.TryParse(PublishedAt, out var date) ? date : null, Title, Text, Url);
    }
}
