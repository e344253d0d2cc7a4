using System.Diagnostics.CodeAnalysis;

namespace Pipeline.Core.Articles;

public sealed record ArticleParseResult(Article? Article, ArticleRejection? Rejection)
{
    [MemberNotNullWhen(true, nameof(Article))]
    [MemberNotNullWhen(false, nameof(Rejection))]
    public bool Succeeded => Article is not null;

    public static ArticleParseResult Ok(Article article) => new(article, null);

    public static ArticleParseResult Rejected(ArticleRejection rejection) => new(null, rejection);
}
