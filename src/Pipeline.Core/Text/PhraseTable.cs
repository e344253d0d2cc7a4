namespace Pipeline.Core.Text;

/// <summary>
/// Multi-word lexicon entries matched on tokens, forwards from a first word or backwards from a last word.
/// Words are compared case-insensitively; the longest entry wins.
/// </summary>
internal sealed class PhraseTable<T>
{
    private readonly WordMap<List<(string[] Words, T Value)>> byFirst;
    private readonly WordMap<List<(string[] Words, T Value)>> byLast;

    private readonly LexiconMarks flag;

    public PhraseTable(IEnumerable<(string Phrase, T Value)> rows, LexiconMarks flag = LexiconMarks.None)
    {
        this.flag = flag;
        var entries = rows.Select(row => (Words: row.Phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries), row.Value))
            .Where(entry => entry.Words.Length > 0)
            .OrderByDescending(entry => entry.Words.Length)
            .ToList();
        byFirst = Group(entries, words => words[0]);
        byLast = Group(entries, words => words[^1]);
    }

    /// <summary>Loads a lexicon; with a <paramref name="flag"/>, words the <see cref="WordIndex"/> does not mark are skipped at once.</summary>
    public static PhraseTable<T> Load(string lexicon, Func<string[], T> value, LexiconMarks flag = LexiconMarks.None) =>
        new(Lexicon.Load(lexicon).Select(row => (row[0], value(row))), flag);

    /// <summary>The longest entry whose words start at token <paramref name="index"/>; End is the token after it.</summary>
    public bool TryMatch(TextContext context, int index, out T value, out int end)
    {
        (value, end) = (default!, index);
        if (index < 0 || index >= context.Tokens.Length || !context.Tokens[index].IsWord || (flag != LexiconMarks.None && !context.Has(index, flag)) || !byFirst.TryGet(context.Span(index), out var candidates))
        {
            return false;
        }

        foreach (var (words, candidate) in candidates)
        {
            if (context.WordsAt(index, words))
            {
                (value, end) = (candidate, index + words.Length);
                return true;
            }
        }

        return false;
    }

    /// <summary>The longest entry whose last word is token <paramref name="index"/>; Start is its first token.</summary>
    public bool TryMatchEndingAt(TextContext context, int index, out T value, out int start)
    {
        (value, start) = (default!, index);
        if (index < 0 || index >= context.Tokens.Length || !context.Tokens[index].IsWord || !byLast.TryGet(context.Span(index), out var candidates))
        {
            return false;
        }

        foreach (var (words, candidate) in candidates)
        {
            var first = index - words.Length + 1;
            if (first >= 0 && context.WordsAt(first, words))
            {
                (value, start) = (candidate, first);
                return true;
            }
        }

        return false;
    }

    private static WordMap<List<(string[] Words, T Value)>> Group(List<(string[] Words, T Value)> entries, Func<string[], string> key) =>
        new(entries.GroupBy(entry => key(entry.Words), StringComparer.OrdinalIgnoreCase)
            .Select(group => (group.Key, group.ToList())));
}
