using Pipeline.Core.Articles;
using Pipeline.Core.Claims;

namespace Pipeline.Host.Contracts;

/// <summary>The output of <c>pipeline extract --format json</c>.</summary>
public sealed record ExtractDocument(IReadOnlyList<ExtractedArticle> Articles);

public sealed record ExtractedArticle(string File, string ArticleId, string Source, string? PublishedAt, string? Title, string Text, IReadOnlyList<ClaimDto> Claims)
{
    public static ExtractedArticle From(string file, Article article, IEnumerable<Claim> claims)
    {
        ArgumentNullException.ThrowIfNull(article);
        return new ExtractedArticle(file, article.Id.Value, article.Source, article.PublishedAt?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            article.Title, article.Text, claims.Select(ClaimDto.From).ToList());
    }
}
