using System.Runtime.CompilerServices;

namespace Pipeline.Core.Text;

/// <summary>Which lexicons each word opens an entry of (<see cref="LexiconMarks"/>), by <see cref="Vocabulary"/> id.</summary>
internal static class WordIndex
{
    private static readonly (string Lexicon, LexiconMarks Flag)[] Sources =
    [
        ("number-words.txt", LexiconMarks.Number), ("calendar.txt", LexiconMarks.Calendar), ("duration-units.txt", LexiconMarks.DurationUnit),
        ("measures.txt", LexiconMarks.Measure), ("vague-amounts.txt", LexiconMarks.Vague), ("superlatives.txt", LexiconMarks.Superlative),
        ("anaphora.txt", LexiconMarks.Anaphora), ("entities.txt", LexiconMarks.Entity), ("frames.txt", LexiconMarks.Frame),
        ("hedges.txt", LexiconMarks.Hedge), ("rank-nouns.txt", LexiconMarks.RankNoun), ("duration-subjects.txt", LexiconMarks.DurationSubject),
        ("events.txt", LexiconMarks.Event), ("event-phases.txt", LexiconMarks.EventPhase), ("attribution-verbs.txt", LexiconMarks.SpeechVerb),
        ("tense-cues.txt", LexiconMarks.TenseCue), ("current-event-cues.txt", LexiconMarks.CurrentEventCue), ("event-links.txt", LexiconMarks.EventLink),
        ("demonyms.txt", LexiconMarks.Demonym), ("rate-subjects.txt", LexiconMarks.RateSubject), ("multiples.txt", LexiconMarks.Multiple),
    ];

    // Words readers test in code, marked so that their loops over the text skip to them (Vocabulary lists them).
    private static readonly (string[] Words, LexiconMarks Flag)[] Cues =
    [
        (["last", "this", "next", "previous", "coming", "earlier", "later", "the", "since"], LexiconMarks.DateCue),
        (["a", "an", "minus", "negative"], LexiconMarks.NumberLead),
        (["twice", "thrice"], LexiconMarks.Multiple),
        (["ago"], LexiconMarks.Ago),
        (["st", "nd", "rd", "th"], LexiconMarks.OrdinalSuffix),
    ];

    // Marks by word id: a token's marks are an array index once the text step has its id.
    private static readonly LexiconMarks[] Marks = Build();

    // The number marks a plural ("fifths") takes from its base word, by the plural's id (see Vocabulary).
    private static readonly LexiconMarks[] PluralMarks = BuildPluralMarks();

    // What Of gives an ASCII word that is no possessive, by id + 1 (None first): for such a word, ending in "s" is a
    // property of its id, so the plural test folds into the text step's token table.
    private static readonly LexiconMarks[] AsciiMarks = BuildAsciiMarks();

    /// <summary>The marks of a word whose <see cref="Vocabulary"/> id is <paramref name="id"/> (None when not a lexicon word).</summary>
    public static LexiconMarks Of(ReadOnlySpan<char> word, int id)
    {
        var flags = MarksOf(id);

        // "Zelensky's", "week's", "fifths": possessives and plural ordinals open the entries of their base word. A
        // possessive that is an entry itself ("today's") opens both, since readers strip the "'s" on their own.
        if (word.Length > 2 && word[^2] is '\'' or '’' && word[^1] is 's' or 'S' && PossessiveBaseMarks(word) is var baseFlags && baseFlags != LexiconMarks.None)
        {
            return flags | baseFlags;
        }

        if (flags != LexiconMarks.None)
        {
            return flags;
        }

        // Every lexicon word's plural has an id, so a word without one is no plural of a lexicon word.
        return id != Vocabulary.None && word[^1] is 's' or 'S' ? PluralMarks[id] : LexiconMarks.None;
    }

    // Out of line: possessives are rare, and inlined into the text step's loop this lookup made it spill registers.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static LexiconMarks PossessiveBaseMarks(ReadOnlySpan<char> word) => MarksOf(Vocabulary.IdOf(word[..^2]));

    public static LexiconMarks Of(ReadOnlySpan<char> word) => Of(word, Vocabulary.IdOf(word));

    /// <summary>The id and marks the text step gives a token of that text and kind, by the plain lookups.</summary>
    public static (int Id, LexiconMarks Marks) OfToken(ReadOnlySpan<char> word, TokenKind kind)
    {
        if (kind == TokenKind.Letters)
        {
            var id = Vocabulary.IdOf(word);
            return (id, Of(word, id));
        }

        return (Vocabulary.IdOf(word, kind), kind == TokenKind.Digits ? LexiconMarks.Digits : word.Length == 1 ? PunctuationMarks.Of(word[0]) : LexiconMarks.None);
    }

    private static LexiconMarks MarksOf(int id) => id == Vocabulary.None ? LexiconMarks.None : Marks[id];

    private static LexiconMarks[] BuildAsciiMarks()
    {
        var marks = new LexiconMarks[Vocabulary.Count + 1];
        for (var id = 0; id < Vocabulary.Count; id++)
        {
            marks[id + 1] = Marks[id] != LexiconMarks.None ? Marks[id] : Vocabulary.WordOf(id)[^1] is 's' or 'S' ? PluralMarks[id] : LexiconMarks.None;
        }

        return marks;
    }

    /// <summary>What the text step gives a token whose text is <paramref name="upperKey"/>, an ASCII key with that id.</summary>
    private static LexiconMarks TokenMarks(string upperKey, int id) =>
        upperKey.All(char.IsAsciiDigit) ? LexiconMarks.Digits
        : upperKey.Length == 1 && !char.IsAsciiLetter(upperKey[0]) ? PunctuationMarks.Of(upperKey[0])
        : AsciiMarks[id + 1];

    /// <summary>
    /// The id and marks of each ASCII token with an id or marks, by its text in ASCII upper case: words, digit runs and
    /// punctuation alike, since an ASCII token's text tells its kind. The text step's token table holds them.
    /// </summary>
    internal static IEnumerable<(string UpperKey, int Id, LexiconMarks Marks)> ShortTokenEntries()
    {
        var entries = Vocabulary.AsciiUpperKeys.ToDictionary(key => key.UpperKey, key => (key.Id, Marks: TokenMarks(key.UpperKey, key.Id)), StringComparer.Ordinal);

        // Punctuation with marks and no id: a token the table does not hold takes no marks (digits aside).
        for (var c = (char)0; c < 128; c++)
        {
            if (Tokenizer.KindOf(c) == TokenKind.Punctuation && PunctuationMarks.Of(c) is var marks and not LexiconMarks.None)
            {
                entries.TryAdd(c.ToString(), (Vocabulary.None, marks));
            }
        }

        return entries.Select(entry => (entry.Key, entry.Value.Id, entry.Value.Marks));
    }

    private static LexiconMarks[] BuildPluralMarks()
    {
        var plural = new LexiconMarks[Vocabulary.Count];
        for (var id = 0; id < plural.Length; id++)
        {
            var word = Vocabulary.WordOf(id);
            if (word.Length > 4 && word[^1] is 's' or 'S')
            {
                plural[id] = MarksOf(Vocabulary.IdOf(word.AsSpan(0, word.Length - 1))) & LexiconMarks.Number;
            }
        }

        return plural;
    }

    private static LexiconMarks[] Build()
    {
        var marks = new LexiconMarks[Vocabulary.Count];
        foreach (var (lexicon, flag) in Sources)
        {
            foreach (var row in Lexicon.Load(lexicon))
            {
                if (Vocabulary.IdOf(row[0].Split(' ')[0]) is var id and not Vocabulary.None)
                {
                    marks[id] |= flag;
                }
            }
        }

        foreach (var row in Lexicon.Load("anaphora.txt"))
        {
            if (row[0].Split(' ', StringSplitOptions.RemoveEmptyEntries) is [_, var second, ..])
            {
                marks[Vocabulary.IdOf(second)] |= LexiconMarks.AnaphoraSecond;
            }
        }

        foreach (var (words, flag) in Cues)
        {
            foreach (var word in words)
            {
                marks[Vocabulary.IdOf(word)] |= flag;
            }
        }

        return marks;
    }
}
