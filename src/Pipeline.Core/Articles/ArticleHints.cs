namespace Pipeline.Core.Articles;

/// <summary>What the upload says about an article outside its content: blob metadata, the blob path or CLI options.</summary>
public sealed record ArticleHints(string? Source, DateOnly? PublishedAt, string? Title = null, string? Url = null);
