namespace Pipeline.Core.Articles;

/// <summary>One line of text: <see cref="End"/> is exclusive and stops before the line break.</summary>
internal readonly record struct HeaderLine(int Start, int End, bool IsBlank, bool IsFence);

/// <summary>Splits the first lines of a text, enough to read a header without touching the rest.</summary>
internal static class HeaderLines
{
    public static List<HeaderLine> Of(string text, int maxLines)
    {
        var lines = new List<HeaderLine>();
        var start = 0;
        while (start < text.Length && lines.Count < maxLines)
        {
            var end = text.IndexOfAny(['\r', '\n'], start) is var found and >= 0 ? found : text.Length;
            var content = text.AsSpan(start, end - start).Trim();
            lines.Add(new HeaderLine(start, end, content.IsEmpty, IsFence(content)));
            start = end < text.Length && text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? end + 2 : end + 1;
        }

        return lines;
    }

    /// <summary>"---" or "..." (YAML front matter) and "===" or "***" (rules that writers put under a header).</summary>
    private static bool IsFence(ReadOnlySpan<char> line) =>
        line.Length >= 3 && line.Length <= 80 && (line.IndexOfAnyExcept('-') < 0 || line.IndexOfAnyExcept('=') < 0 || line.IndexOfAnyExcept('*') < 0 || line.SequenceEqual("..."));
}
