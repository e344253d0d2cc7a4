using System.Buffers;

namespace Pipeline.Core.Text;

/// <summary>
/// Splits text into sentence spans: at line breaks, and at . ! ? followed by a space and a capital or a quote.
/// A sentence never exceeds <see cref="MaxLength"/> characters, so per-sentence work stays bounded on hostile input.
/// </summary>
public static class Sentences
{
    public const int MaxLength = 2000;

    private static readonly SearchValues<char> Ends = SearchValues.Create(".!?\n\r");

    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Lt", "Col", "Sgt", "Capt", "Sen", "Rep", "Gov", "Prof", "No", "Jan", "Feb",
        "Aug", "Sept", "Oct", "Nov", "Dec", "vs", "etc", "approx", "Inc", "Ltd", "Co", "Jr", "Sr",
    };

    // Most words before a full stop ("said.", "year.") start with a letter no abbreviation starts with: one test instead of a hash.
    private static readonly SearchValues<char> AbbreviationStarts = SearchValues.Create([.. Abbreviations.Select(abbreviation => abbreviation[0]).Distinct()]);

    public static IReadOnlyList<Range> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return SplitInto(text, []);
    }

    /// <summary>The sentences into <paramref name="sentences"/> (cleared first), a list the caller keeps from text to text.</summary>
    internal static List<Range> SplitInto(string text, List<Range> sentences)
    {
        // Room for sentences of about 64 characters (news runs longer), so the list rarely grows and copies.
        sentences.Clear();
        sentences.EnsureCapacity(text.Length / 64 + 1);
        var start = 0;
        for (var i = NextCandidate(text, 0, start); i < text.Length; i = NextCandidate(text, i + 1, start))
        {
            var lineBreak = text[i] is '\n' or '\r';
            if (lineBreak || IsSentenceEnd(text, i) || i - start >= MaxLength)
            {
                var end = lineBreak ? i : i + 1;
                Add(text, sentences, start, end);
                start = end;
            }
        }

        Add(text, sentences, start, text.Length);
        return sentences;
    }

    /// <summary>
    /// Only line breaks, end marks and the length cap can end a sentence, so the split jumps between them. The search
    /// stops at the cap: text with no end marks would otherwise be searched to its end once per sentence.
    /// </summary>
    private static int NextCandidate(string text, int from, int start)
    {
        var cap = Math.Min(start + MaxLength, text.Length);
        var mark = from < cap ? text.AsSpan(from, cap - from).IndexOfAny(Ends) : -1;
        return mark < 0 ? Math.Max(from, cap) : from + mark;
    }

    /// <summary>The sentence holding <paramref name="offset"/> (binary search; sentences are sorted and disjoint).</summary>
    public static Range Containing(IReadOnlyList<Range> sentences, int offset)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var index = IndexContaining(sentences, offset);
        return index >= 0 ? sentences[index] : new Range(offset, offset);
    }

    /// <summary>The index of the sentence holding <paramref name="offset"/>, or of the last one starting before it; -1 if none.</summary>
    public static int IndexContaining(IReadOnlyList<Range> sentences, int offset)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        int low = 0, high = sentences.Count - 1, found = -1;
        while (low <= high)
        {
            var mid = (low + high) >>> 1;
            if (sentences[mid].Start.Value <= offset)
            {
                found = mid;
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }

        return found;
    }

    private static bool IsSentenceEnd(string text, int i)
    {
        if (text[i] is not ('.' or '!' or '?') || i + 2 >= text.Length || text[i + 1] != ' ')
        {
            return false;
        }

        var next = text[i + 2];
        return !EndsWithAbbreviation(text, i) && (char.IsUpper(next) || next is '"' or '\u201C' or '\u2018' || OpensWithAFigure(text, i, next));
    }

    /// <summary>
    /// "... were freed on Friday. 307 more came home on Saturday": a figure after a full stop opens a sentence when a
    /// word of two or more letters, or a figure, ends the one before ("No. 5" and "p. 12" do not).
    /// </summary>
    private static bool OpensWithAFigure(string text, int dot, char next) =>
        char.IsAsciiDigit(next) && text[dot] == '.' && dot >= 2
        && (char.IsAsciiDigit(text[dot - 1]) || (char.IsLetter(text[dot - 1]) && char.IsLetter(text[dot - 2])));

    /// <summary>"U.S. President" and "Mr. Smith" do not end a sentence.</summary>
    private static bool EndsWithAbbreviation(string text, int dot)
    {
        if (text[dot] != '.')
        {
            return false;
        }

        var start = dot;
        while (start > 0 && char.IsLetter(text[start - 1]) && dot - start < 6)
        {
            start--;
        }

        var word = text.AsSpan(start, dot - start);
        var isInitial = word.Length == 1 && char.IsUpper(word[0]);
        var isDotted = start >= 2 && text[start - 1] == '.' && char.IsLetter(text[start - 2]);
        return isInitial || isDotted || (word.Length > 0 && AbbreviationStarts.Contains(word[0]) && Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word));
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
