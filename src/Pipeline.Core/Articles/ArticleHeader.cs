namespace Pipeline.Core.Articles;

/// <summary>
/// A metadata block at the top of a plain-text article: <c>Key: value</c> lines ended by a blank line, or the same
/// lines between <c>---</c> fences. Exported and archived articles often carry one ("Source:", "Published:", "URL:").
/// The header stays in the article text, so offsets still refer to the file as stored, but it is not part of the
/// body: its dates and numbers are not claims, and its first line is not the headline.
/// </summary>
public sealed class ArticleHeader
{
    private const int MaxLines = 30;
    private const int MaxKeyLength = 30;

    public static readonly ArticleHeader None = new(0, new Dictionary<string, string>());

    private readonly IReadOnlyDictionary<string, string> fields;

    private ArticleHeader(int bodyStart, IReadOnlyDictionary<string, string> fields)
    {
        BodyStart = bodyStart;
        this.fields = fields;
    }

    /// <summary>Where the body begins: the first character after the header and the blank lines that follow it.</summary>
    public int BodyStart { get; }

    public string? Title => First("title", "headline");

    public string? Source => First("source", "outlet", "publisher", "publication", "site", "sitename");

    public string? Published => First("published", "publishedat", "publishdate", "publicationdate", "pubdate", "date");

    public string? Url => First("url", "link", "canonicalurl", "sourceurl");

    /// <summary>Reads the header at the start of <paramref name="text"/>, or <see cref="None"/> when there is none.</summary>
    public static ArticleHeader Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = new HeaderLines(text, MaxLines + 2);
        HeaderLine first;
        do
        {
            if (!lines.TryNext(out first))
            {
                return None;
            }
        }
        while (first.IsBlank);

        return first.IsFence ? Fenced(text, ref lines) : Unfenced(text, ref lines, first);
    }

    private static ArticleHeader Fenced(string text, ref HeaderLines lines)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        while (lines.TryNext(out var line))
        {
            if (line.IsFence)
            {
                return fields.Count > 0 ? new ArticleHeader(BodyAfter(text, line.End), fields) : None;
            }

            if (!line.IsBlank && !TryAddField(text, line, fields))
            {
                return None;
            }
        }

        return None;
    }

    private static ArticleHeader Unfenced(string text, ref HeaderLines lines, HeaderLine first)
    {
        // Most texts open with their headline, no field: answered before any dictionary is made.
        if (!IsField(text, first, out _))
        {
            return None;
        }

        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var line = first; ; )
        {
            if (line.IsBlank || line.IsFence)
            {
                // A lone "Note: ..." line is prose; a header names at least one field this reader knows.
                return fields.Keys.Any(KnownKeys.Contains) ? new ArticleHeader(BodyAfter(text, line.End), fields) : None;
            }

            if (!TryAddField(text, line, fields) || !lines.TryNext(out line))
            {
                return None;
            }
        }
    }

    private static bool TryAddField(string text, HeaderLine line, Dictionary<string, string> fields)
    {
        if (!IsField(text, line, out var colon))
        {
            return false;
        }

        var content = Content(text, line);
        fields.TryAdd(NormalizeKey(content[..colon]), content[(colon + 1)..].Trim().ToString());
        return true;
    }

    /// <summary>Whether the line is "Key: value"; <paramref name="colon"/> is where the colon is in its trimmed content.</summary>
    private static bool IsField(string text, HeaderLine line, out int colon)
    {
        var content = Content(text, line);
        colon = content.IndexOf(':');
        return colon > 0 && colon <= MaxKeyLength && IsKey(content[..colon]);
    }

    private static ReadOnlySpan<char> Content(string text, HeaderLine line) => text.AsSpan(line.Start, line.End - line.Start).Trim();

    private static bool IsKey(ReadOnlySpan<char> key)
    {
        if (!char.IsAsciiLetter(key[0]) || key.Count(' ') > 2)
        {
            return false;
        }

        foreach (var c in key)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is ' ' or '_' or '-'))
            {
                return false;
            }
        }

        return true;
    }

    private static string NormalizeKey(ReadOnlySpan<char> key)
    {
        Span<char> buffer = stackalloc char[key.Length];
        var length = 0;
        foreach (var c in key)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                buffer[length++] = char.ToLowerInvariant(c);
            }
        }

        return new string(buffer[..length]);
    }

    private static int BodyAfter(string text, int index)
    {
        while (index < text.Length && char.IsWhiteSpace(text[index]))
        {
            index++;
        }

        return index;
    }

    private string? First(params ReadOnlySpan<string> keys)
    {
        foreach (var key in keys)
        {
            if (fields.TryGetValue(key, out var value) && value.Length > 0)
            {
                return value;
            }
        }

        return null;
    }

    private static readonly HashSet<string> KnownKeys = new(StringComparer.Ordinal)
    {
        "title", "headline", "source", "outlet", "publisher", "publication", "site", "sitename",
        "published", "publishedat", "publishdate", "publicationdate", "pubdate", "date", "updated", "modified",
        "url", "link", "canonicalurl", "sourceurl", "author", "authors", "byline", "section", "category",
        "language", "lang", "id", "articleid", "wordcount", "words", "tags", "keywords",
    };
}
