namespace Pipeline.Core.Text;

/// <summary>Splits text into sentence spans: at line breaks, and at . ! ? followed by a space and a capital or a quote.</summary>
public static class Sentences
{
    public static IReadOnlyList<Range> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = new List<Range>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '\n' or '\r' || IsSentenceEnd(text, i))
            {
                var end = text[i] is '\n' or '\r' ? i : i + 1;
                Add(text, sentences, start, end);
                start = end;
            }
        }

        Add(text, sentences, start, text.Length);
        return sentences;
    }

    public static Range Containing(IReadOnlyList<Range> sentences, int offset)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        foreach (var sentence in sentences)
        {
            if (offset >= sentence.Start.Value && offset < sentence.End.Value)
            {
                return sentence;
            }
        }

        return sentences.Count > 0 ? sentences[^1] : new Range(0, 0);
    }

    private static bool IsSentenceEnd(string text, int i)
    {
        if (text[i] is not ('.' or '!' or '?') || i + 2 >= text.Length || text[i + 1] != ' ')
        {
            return false;
        }

        var next = text[i + 2];
        var previousIsInitial = i >= 2 && char.IsUpper(text[i - 1]) && !char.IsLetter(text[i - 2]);
        return !previousIsInitial && (char.IsUpper(next) || next is '"' or '\u201C');
    }

    private static void Add(string text, List<Range> sentences, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            sentences.Add(new Range(start, end));
        }
    }
}
