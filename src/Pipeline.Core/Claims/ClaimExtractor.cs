using Pipeline.Core.Articles;
using Pipeline.Core.Text;

namespace Pipeline.Core.Claims;

/// <summary>Extracts the checkable claims in an article. Deterministic: same article, same claims, same order.</summary>
public static class ClaimExtractor
{
    public static IReadOnlyList<Claim> Extract(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var sentences = Sentences.Split(article.Text);
        return CountClaims.Find(article, sentences)
            .OrderBy(claim => claim.Start)
            .ThenBy(claim => claim.End)
            .ToList();
    }
}
