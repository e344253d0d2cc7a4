namespace Pipeline.Core.Text;

/// <summary>One case-insensitive map from every lexicon's first words to the lexicons they open (<see cref="LexiconMarks"/>).</summary>
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
    ];

    private static readonly string[] DateCues = ["last", "this", "next", "previous", "coming", "earlier", "later", "the", "since"];

    private static readonly WordMap<LexiconMarks> Flags = Build();

    public static LexiconMarks Of(ReadOnlySpan<char> word)
    {
        var found = Flags.TryGet(word, out var flags);

        // "Zelensky's", "week's", "fifths": possessives and plural ordinals open the entries of their base word. A
        // possessive that is an entry itself ("today's") opens both, since readers strip the "'s" on their own.
        if (word.Length > 2 && word[^2] is '\'' or '’' && word[^1] is 's' or 'S' && Flags.TryGet(word[..^2], out var baseFlags))
        {
            return flags | baseFlags;
        }

        if (found)
        {
            return flags;
        }

        return word.Length > 4 && word[^1] is 's' or 'S' && Flags.TryGet(word[..^1], out flags) ? flags & LexiconMarks.Number : LexiconMarks.None;
    }

    private static WordMap<LexiconMarks> Build()
    {
        var map = new Dictionary<string, LexiconMarks>(StringComparer.OrdinalIgnoreCase);
        foreach (var (lexicon, flag) in Sources)
        {
            foreach (var row in Lexicon.Load(lexicon))
            {
                var first = row[0].Split(' ')[0];
                map[first] = map.GetValueOrDefault(first) | flag;
            }
        }

        foreach (var cue in DateCues)
        {
            map[cue] = map.GetValueOrDefault(cue) | LexiconMarks.DateCue;
        }

        return new WordMap<LexiconMarks>(map.Select(pair => (pair.Key, pair.Value)));
    }
}
