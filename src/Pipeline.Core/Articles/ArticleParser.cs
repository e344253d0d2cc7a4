using System.Text;
using System.Text.Json;

namespace Pipeline.Core.Articles;

/// <summary>Turns uploaded bytes into an <see cref="Article"/>, or says exactly why it cannot.</summary>
public static class ArticleParser
{
    public const long MaxBytes = 2 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static ArticleParseResult Parse(ReadOnlySpan<byte> content, string fileName, ArticleHints hints)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(hints);
        if (content.Length > MaxBytes)
        {
            return ArticleParseResult.Rejected(ArticleRejection.TooLarge(content.Length, MaxBytes));
        }

        if (!TryDecode(content, out var decoded))
        {
            return ArticleParseResult.Rejected(ArticleRejection.NotUtf8());
        }

        if (HasBinaryControlCharacters(decoded))
        {
            return ArticleParseResult.Rejected(ArticleRejection.Binary());
        }

        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        return extension switch
        {
            ".txt" or ".md" or "" => FromPlainText(decoded, hints),
            ".html" or ".htm" => FromPlainText(HtmlText.Extract(decoded), hints with { Title = hints.Title ?? HtmlText.Title(decoded) }),
            ".json" => FromJson(decoded, hints),
            _ => ArticleParseResult.Rejected(ArticleRejection.UnsupportedFormat(extension)),
        };
    }

    private static bool TryDecode(ReadOnlySpan<byte> content, out string text)
    {
        if (content.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            content = content[3..];
        }

        try
        {
            text = StrictUtf8.GetString(content);
            return true;
        }
        catch (DecoderFallbackException)
        {
            text = string.Empty;
            return false;
        }
    }

    private static bool HasBinaryControlCharacters(string text) =>
        text.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f'));

    private static ArticleParseResult FromPlainText(string text, ArticleHints hints)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return ArticleParseResult.Rejected(ArticleRejection.Empty());
        }

        var header = ArticleHeader.Read(text);
        if (header.BodyStart >= text.Length)
        {
            return ArticleParseResult.Rejected(ArticleRejection.Empty());
        }

        // What the upload says outside the content (metadata, path, options) wins; the header only fills gaps.
        if (!SourceId.TryNormalize(hints.Source ?? header.Source ?? hints.DefaultSource, out var source))
        {
            return ArticleParseResult.Rejected(ArticleRejection.MissingSource());
        }

        var published = hints.PublishedAt ?? (PublishedDate.TryParse(header.Published, out var date) ? date : null);
        var title = hints.Title ?? header.Title ?? FirstLine(text[header.BodyStart..]);
        return ArticleParseResult.Ok(new Article(ArticleId.FromText(text), source, published, title, text, hints.Url ?? header.Url));
    }

    private static ArticleParseResult FromJson(string json, ArticleHints hints)
    {
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 16 });
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return ArticleParseResult.Rejected(ArticleRejection.InvalidJson("the root must be an object."));
            }

            var root = document.RootElement;
            var text = ReadString(root, "text") ?? ReadString(root, "body") ?? ReadString(root, "content");
            if (text is null)
            {
                return ArticleParseResult.Rejected(ArticleRejection.InvalidJson("it has no 'text' or 'body' string."));
            }

            var published = ReadDate(root, "published") ?? ReadDate(root, "publishedAt") ?? hints.PublishedAt;
            var merged = hints with
            {
                Source = hints.Source ?? ReadString(root, "source"),
                PublishedAt = published,
                Title = ReadString(root, "title") ?? hints.Title,
                Url = ReadString(root, "url") ?? hints.Url,
            };
            return FromPlainText(text, merged);
        }
        catch (JsonException e)
        {
            return ArticleParseResult.Rejected(ArticleRejection.InvalidJson(e.Message));
        }
    }

    private static string? ReadString(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static DateOnly? ReadDate(JsonElement root, string name) =>
        PublishedDate.TryParse(ReadString(root, name), out var date) ? date : null;

    private static string? FirstLine(string text)
    {
        var line = text.AsSpan().TrimStart();
        var end = line.IndexOfAny('\r', '\n');
        var first = (end < 0 ? line : line[..end]).Trim();
        return first.Length is > 0 and <= 300 ? first.ToString() : null;
    }
}
