namespace Pipeline.Core.Text;

/// <summary>
/// Multi-word lexicon entries matched on tokens, forwards from a first word or backwards from a last word.
/// Words are compared case-insensitively; the longest entry wins.
/// </summary>
internal sealed class PhraseTable<T>
{
    // Candidates by the Vocabulary id of their first and of their last word, longest first. Every lexicon word has an
    // id, so a token with none starts or ends no entry, and entry words are compared as ids.
    private readonly Entry[]?[] byFirst;
    private readonly Entry[]?[] byLast;

    private readonly LexiconMarks flag;

    /// <summary>The mark every entry's first word has (<see cref="LexiconMarks.None"/> when the table was loaded without one).</summary>
    public LexiconMarks Flag => flag;

    private PhraseTable(IEnumerable<(string Phrase, T Value)> rows, LexiconMarks flag = LexiconMarks.None)
    {
        this.flag = flag;
        var entries = rows.Select(row => new Entry(IdsOf(row.Phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries)), row.Value))
            .Where(entry => entry.Words.Length > 0 && !entry.Words.Contains(Vocabulary.None))
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
        if (index < 0 || index >= context.Tokens.Length || !context.Tokens[index].IsWord || (flag != LexiconMarks.None && !context.Has(index, flag))
            || Candidates(byFirst, context, index) is not { } candidates)
        {
            return false;
        }

        foreach (var (words, candidate) in candidates)
        {
            if (context.WordIdsAt(index, words))
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
        if (index < 0 || index >= context.Tokens.Length || !context.Tokens[index].IsWord || Candidates(byLast, context, index) is not { } candidates)
        {
            return false;
        }

        foreach (var (words, candidate) in candidates)
        {
            var first = index - words.Length + 1;
            if (first >= 0 && context.WordIdsAt(first, words))
            {
                (value, start) = (candidate, first);
                return true;
            }
        }

        return false;
    }

    private static Entry[]? Candidates(Entry[]?[] byWord, TextContext context, int index) =>
        context.WordId(index) is var id and not Vocabulary.None ? byWord[id] : null;

    /// <summary>Entries come from the embedded lexicons, so all their words have ids (others are dropped above).</summary>
    private static int[] IdsOf(string[] words) => Array.ConvertAll(words, word => Vocabulary.IdOf(word));

    /// <summary>Arrays, not lists: common first words ("a", "the") have many candidates, and a list's enumerator cost showed.</summary>
    private static Entry[]?[] Group(List<Entry> entries, Func<int[], int> key)
    {
        var groups = new List<Entry>?[Vocabulary.Count];
        foreach (var entry in entries)
        {
            if (key(entry.Words) is var id and not Vocabulary.None)
            {
                (groups[id] ??= []).Add(entry);
            }
        }

        return Array.ConvertAll(groups, group => group?.ToArray());
    }

    private readonly record struct Entry(int[] Words, T Value);
}
