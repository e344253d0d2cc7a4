using Pipeline.Core.Text;

namespace Pipeline.Core.Claims.Attribution;

/// <summary>
/// Whether a claim is hedged, and by which cue. A sentence-level cue ("reportedly", "it is estimated that") covers what
/// follows it in the sentence; a clause-level cue ("is expected to", "might") only a claim later in the same clause.
/// </summary>
internal sealed class HedgeReader(TextContext context)
{
    private static readonly PhraseTable<Hedge> Cues = PhraseTable<Hedge>.Load("hedges.txt", Read, LexiconMarks.Hedge);

    // Per sentence, found on first use: most sentences have no cue at all, and each of their claims (2.5 to a claim's
    // sentence on average) walked every Hedge-marked word of it, of which "is", "it", "has" and "not" are many.
    private readonly SentenceCues?[] sentenceCues = new SentenceCues?[Math.Max(1, context.Sentences.Count)];

    // "with at least 12 people reportedly killed", "in which 303 prisoners are expected to be freed" open clauses too.
    private static readonly WordSet ClauseOpeners = new("and", "but", "while", "that", "as", "whereas", "with", "which", "who", "where");

    // Between a figure and the verb it is the subject of: "303 prisoners from each side are expected to".
    private static readonly WordSet Prepositions = new("from", "of", "on", "in", "at", "across");
    private static readonly WordSet PhraseStops = new("that", "which", "who", "where", "and", "but", "or");
    private const int MaxPhraseWords = 2;

    // How far past a claim CueAfter looks: a prepositional phrase, then a "be" verb and an adverb.
    private const int MaxCueAfterReach = MaxPhraseWords + 1 + 2;
    private static readonly WordSet BeVerbs = new("is", "are", "was", "were");

    // Before a figure that opens its clause: "the 60 soldiers", "a further 303 prisoners", "another 40 homes".
    private static readonly WordSet Determiners = new("the", "a", "an", "further", "another", "additional", "some");
    private const int MaxDeterminers = 2;

    private static Hedge Read(string[] row) => new(row[1] is "sentence" or "whole", row[1] == "whole", row.Length > 2 && row[2] == "after");

    /// <summary>
    /// The cue before the claim in its sentence or clause; for a quantity that is the subject of its clause, also a modal
    /// or hedge right after it ("300 workers may lose their jobs", "up to 2,000 homes could be flooded").
    /// </summary>
    public string? Cue(int sentenceIndex, (int First, int End) sentence, int claimFirst, int claimEnd, bool quantity)
    {
        var cues = CuesOf(sentenceIndex, sentence);
        var inSentence = claimFirst >= sentence.First && claimEnd <= sentence.End;
        return (cues.First < claimFirst ? CueBefore(cues.First, claimFirst) : null)
            ?? (!inSentence || cues.AnyIn(claimFirst, claimEnd) ? CueInside(claimFirst, claimEnd) : null)
            ?? (quantity && (!inSentence || cues.MayFollow(claimEnd, sentence.End)) && IsClauseSubject(context, sentence.First, claimFirst) ? CueAfter(claimEnd) : null)
            ?? (cues.LastAnywhere >= claimEnd || claimEnd < sentence.First ? WholeSentenceCueAfter(claimEnd, sentence.End) : null) ?? VerdictAfter(sentence.End);
    }

    private SentenceCues CuesOf(int sentenceIndex, (int First, int End) sentence) =>
        sentenceCues[sentenceIndex] ??= SentenceCues.In(context, sentence.First, sentence.End);

    /// <summary>
    /// Where the sentence's first and last cues start (its end and -1 when it has none) and its last whole-sentence cue
    /// (-1 when none): no cue before a claim starting at or before the first, none after one ending past the last.
    /// Most claims' sentences have none, and so no cue inside or right after the claim to look for.
    /// </summary>
    private sealed record SentenceCues(int First, int Last, int LastAnywhere)
    {
        public static SentenceCues In(TextContext context, int first, int end)
        {
            var (firstCue, lastCue, lastAnywhere) = (end, -1, -1);
            for (var i = context.NextMarked(first, end, LexiconMarks.Hedge); i < end; i = context.NextMarked(i + 1, end, LexiconMarks.Hedge))
            {
                if (Cues.TryMatch(context, i, out var cue, out _))
                {
                    firstCue = Math.Min(firstCue, i);
                    lastCue = i;
                    lastAnywhere = cue.Anywhere ? i : lastAnywhere;
                }
            }

            return new(firstCue, lastCue, lastAnywhere);
        }

        /// <summary>Whether a cue starts in the sentence's tokens [<paramref name="from"/>, <paramref name="to"/>).</summary>
        public bool AnyIn(int from, int to) => First < to && Last >= from;

        /// <summary>Whether <see cref="CueAfter"/> may find a cue after <paramref name="claimEnd"/>: one starts there, or its reach goes past the sentence.</summary>
        public bool MayFollow(int claimEnd, int sentenceEnd) => Last >= claimEnd || claimEnd + MaxCueAfterReach >= sentenceEnd;
    }

    private const int MaxVerdictTokens = 14;

    /// <summary>
    /// "Russia said it shot down 105 drones. The claim could not be independently verified.": a short sentence after the
    /// claim's, with no figure of its own, that says what came before could not be checked.
    /// </summary>
    private string? VerdictAfter(int sentenceEnd)
    {
        if (sentenceEnd >= context.Tokens.Length)
        {
            return null;
        }

        var next = context.SentenceOfToken(sentenceEnd);
        var (first, end) = context.SentenceTokens(next);
        if (end - first > MaxVerdictTokens || context.NextMarked(first, end, LexiconMarks.Number | LexiconMarks.Digits) < end
            || CuesOf(next, (first, end)).LastAnywhere < first)
        {
            return null;
        }

        return WholeSentenceCueAfter(first, end);
    }

    /// <summary>A cue that hedges every figure of its sentence, wherever it stands: "the figure could not be independently verified".</summary>
    private string? WholeSentenceCueAfter(int claimEnd, int sentenceEnd)
    {
        for (var i = context.NextMarked(claimEnd, sentenceEnd, LexiconMarks.Hedge); i < sentenceEnd; i = context.NextMarked(i + 1, sentenceEnd, LexiconMarks.Hedge))
        {
            if (Cues.TryMatch(context, i, out var cue, out var end) && cue.Anywhere)
            {
                return context.Slice(i, end);
            }
        }

        return null;
    }

    /// <summary>"an estimated 600 million euros", "a potential 300 jobs": a cue inside the claim's own span qualifies its figure.</summary>
    private string? CueInside(int claimFirst, int claimEnd)
    {
        for (var i = context.NextMarked(claimFirst, claimEnd, LexiconMarks.Hedge); i < claimEnd; i = context.NextMarked(i + 1, claimEnd, LexiconMarks.Hedge))
        {
            if (Cues.TryMatch(context, i, out _, out var end) && end <= claimEnd && IsAttributive(context, end) && !IsMonthMay(context, i))
            {
                return context.Slice(i, end);
            }
        }

        return null;
    }

    /// <summary>
    /// The claim opens its clause: at the sentence start, after punctuation or a conjunction, or after "the" there; or
    /// right after a speech verb, whose "that" is often left out ("said as many as 12,000 workers could walk out").
    /// </summary>
    private static bool IsClauseSubject(TextContext context, int sentenceFirst, int claimFirst)
    {
        var before = claimFirst - 1;
        while (before >= claimFirst - MaxDeterminers && context.IsAny(before, Determiners))
        {
            before--;
        }

        return before < sentenceFirst || context.IsAnyChar(before, ",;:—–(\"“") || context.IsAny(before, ClauseOpeners) || context.Has(before, LexiconMarks.SpeechVerb);
    }

    /// <summary>
    /// The cue right after the figure, with at most one adverb between ("300 workers still may ...", "8,000 people are
    /// still thought to be held"), or after a short prepositional phrase ("303 prisoners from each side are expected to").
    /// </summary>
    private string? CueAfter(int claimEnd)
    {
        var from = AfterPrepositionalPhrase(context, claimEnd);
        var last = context.IsAny(from, BeVerbs) ? from + 2 : from + 1;
        for (var i = from; i <= last && i < context.Tokens.Length; i++)
        {
            // Only cues that hedge the verb the figure is the subject of: "300 soldiers claimed asylum" is firm.
            if (Cues.TryMatch(context, i, out var cue, out var end) && cue.AfterFigure && !IsMonthMay(context, i))
            {
                return context.Slice(i, end);
            }

            if (!context.IsWord(i) || context.Has(i, LexiconMarks.Number))
            {
                return null;
            }
        }

        return null;
    }

    private static int AfterPrepositionalPhrase(TextContext context, int index)
    {
        if (!context.IsAny(index, Prepositions))
        {
            return index;
        }

        var end = index + 1;
        while (end <= index + MaxPhraseWords && context.IsWord(end) && !context.IsAny(end, PhraseStops) && !context.Has(end, LexiconMarks.Hedge | LexiconMarks.Number))
        {
            end++;
        }

        return end > index + 1 && context.Has(end, LexiconMarks.Hedge) ? end : index;
    }

    /// <summary>
    /// The cue that covers the claim at <paramref name="claimFirst"/> from before it in its clause or sentence. The search
    /// starts at the sentence's first cue: before it, there is no cue to find and none to forget at a comma.
    /// </summary>
    private string? CueBefore(int firstCue, int claimFirst)
    {
        string? found = null;
        var sentenceScope = false;
        const LexiconMarks cueOrComma = LexiconMarks.Hedge | LexiconMarks.ClausePunctuation;
        for (var i = context.NextMarked(firstCue, claimFirst, cueOrComma); i < claimFirst; i = context.NextMarked(i + 1, claimFirst, cueOrComma))
        {
            if (context.Has(i, LexiconMarks.ClausePunctuation) && !sentenceScope)
            {
                found = null;
            }

            if (Cues.TryMatch(context, i, out var cue, out var end) && end <= claimFirst && !IsAttributive(context, end) && !IsMonthMay(context, i))
            {
                if (found is null || !sentenceScope)
                {
                    (found, sentenceScope) = (context.Slice(i, end), cue.WholeSentence);
                }

                i = end - 1;
            }
        }

        return found;
    }

    /// <summary>"in May": the month, not the modal.</summary>
    private static bool IsMonthMay(TextContext context, int index) => context.IsCapitalized(index) && context.Is(index, "may") && index > 0 && !context.SentenceBreakBetween(index - 1, index);

    /// <summary>"an estimated £2m", "a potential 300 jobs": the cue qualifies that figure only, not the claims after it.</summary>
    private static bool IsAttributive(TextContext context, int after) =>
        after < context.Tokens.Length && (context.Tokens[after].IsDigits || context.Has(after, LexiconMarks.Number)
            || (context.Tokens[after].IsPunctuation && after + 1 < context.Tokens.Length && context.Tokens[after + 1].IsDigits && context.Tokens[after + 1].Joined));

    private readonly record struct Hedge(bool WholeSentence, bool Anywhere, bool AfterFigure);
}
