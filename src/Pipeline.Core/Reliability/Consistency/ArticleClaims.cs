namespace Pipeline.Core.Reliability.Consistency;

/// <summary>An article's claims, with the publication date that makes later event dates impossible.</summary>
public sealed record ArticleClaims(string ArticleId, string Source, DateOnly? Published, IReadOnlyList<ArticleClaim> Claims);
