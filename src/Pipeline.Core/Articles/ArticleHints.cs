namespace Pipeline.Core.Articles;

/// <summary>
/// What the upload says about an article outside its content: blob metadata, the blob path or CLI options.
/// <paramref name="DefaultSource"/> is used only when neither these hints nor the article's header name a source.
/// </summary>
public sealed record ArticleHints(string? Source, DateOnly? PublishedAt, string? Title = null, string? Url = null, string? DefaultSource = null);
