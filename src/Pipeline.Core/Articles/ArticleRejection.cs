namespace Pipeline.Core.Articles;

/// <summary>Why an upload can never become an article. Codes are stable: they are stored and shown to users.</summary>
public sealed record ArticleRejection(string Code, string Reason)
{
    public static ArticleRejection Empty() => new("empty", "The upload has no text.");

    public static ArticleRejection TooLarge(long size, long limit) =>
        new("too-large", $"The upload is {size} bytes; the limit is {limit} bytes.");

    public static ArticleRejection NotUtf8() => new("encoding", "The upload is not valid UTF-8 text.");

    public static ArticleRejection UnsupportedFormat(string extension) =>
        new("format", $"Files of type '{extension}' are not articles; use .txt, .md, .html or .json.");

    public static ArticleRejection InvalidJson(string detail) => new("json", $"The JSON article is invalid: {detail}");

    public static ArticleRejection MissingSource() =>
        new("source", "No source: set blob metadata 'source', upload under articles/{source}/, or start the text with a 'Source:' header line.");

    public static ArticleRejection Binary() => new("binary", "The upload contains control characters; it is not text.");
}
