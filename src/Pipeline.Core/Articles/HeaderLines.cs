namespace Pipeline.Core.Articles;

/// <summary>One line of text: <see cref="End"/> is exclusive and stops before the line break.</summary>
internal readonly record struct HeaderLine(int Start, int End, bool IsBlank, bool IsFence);

/// <summary>
/// The first lines of a text, split one at a time as the header reader asks: most articles have no header, and their
/// first line tells so. Splitting the first lines up front searched whole paragraphs (a line each) for line breaks,
/// about one per cent of extraction time.
/// </summary>
internal struct HeaderLines(string text, int maxLines)
{
    private int start;
    private int count;

    public bool TryNext(out HeaderLine line)
    {
        if (start >= text.Length || count >= maxLines)
        {
            line = default;
            return false;
        }

        var end = text.IndexOfAny(['\r', '\n'], start) is var found and >= 0 ? found : text.Length;
        var content = text.AsSpan(start, end - start).Trim();
        line = new HeaderLine(start, end, content.IsEmpty, IsFence(content));
        start = end < text.Length && text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? end + 2 : end + 1;
        count++;
        return true;
    }

    /// <summary>"---" or "..." (YAML front matter) and "===" or "***" (rules that writers put under a header).</summary>
    private static bool IsFence(ReadOnlySpan<char> line) =>
        line.Length >= 3 && line.Length <= 80 && (line.IndexOfAnyExcept('-') < 0 || line.IndexOfAnyExcept('=') < 0 || line.IndexOfAnyExcept('*') < 0 || line.SequenceEqual("..."));
}
