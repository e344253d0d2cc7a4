namespace Pipeline.Core.Articles;

/// <summary>A parsed article. <see cref="Text"/> is what every claim offset refers to.</summary>
public sealed record Article(
    ArticleId Id,
    string Source,
    DateOnly? PublishedAt,
    string? Title,
    string Text,
    string? Url);
