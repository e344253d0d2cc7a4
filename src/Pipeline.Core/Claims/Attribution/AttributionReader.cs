using Pipeline.Core.Text;

namespace Pipeline.Core.Claims.Attribution;

/// <summary>
/// Who the article says made a claim: "according to X", "X said/reported/stated that", "said X", "X wrote on ...".
/// A pronoun subject ("he said") or a participle ("..., announcing that") takes the sentence's or previous speaker.
/// </summary>
internal static class AttributionReader
{
    private static readonly WordMap<bool> Verbs = Lexicon.Map("attribution-verbs.txt", _ => true);
    private static readonly int According = Vocabulary.RequiredId("according");
    private static readonly WordSet Articles = new("the", "a", "an");
    private static readonly WordSet NotSubjects = new("it", "is", "are", "was", "were", "be", "been", "has", "have", "had", "there", "this", "that", "which", "who", "we", "i", "you");
    private static readonly WordSet PassiveAuxiliaries = new("is", "are", "was", "were", "be", "been");
    private static readonly WordSet Prepositions = new("with", "of", "on", "about", "in", "at", "for", "from", "to", "by", "into", "over");
    private static readonly WordSet Pronouns = new("he", "she", "they", "it");
    private static readonly WordSet Auxiliaries = new("has", "have", "had", "also", "later", "previously", "then", "earlier", "yesterday", "today", "on", "in", "the");

    public static string? Read(TextContext context, int sentenceIndex, string? previous)
    {
        var (first, end) = context.SentenceTokens(sentenceIndex);
        for (var i = context.NextWord(first, end - 1, According); i < end - 1; i = context.NextWord(i + 1, end - 1, According))
        {
            if (context.Is(i + 1, "to"))
            {
                var source = context.IsAny(i + 2, Articles) ? i + 3 : i + 2;
                return Name(context, source, NounPhrase.EndStartingAt(context, source));
            }
        }

        for (var i = context.NextMarked(first, end, LexiconMarks.SpeechVerb); i < end; i = context.NextMarked(i + 1, end, LexiconMarks.SpeechVerb))
        {
            // "is said to be cutting", "it is estimated": a passive names no one who says it.
            if (!Verbs.Contains(context.Span(i)) || context.IsAny(i - 1, PassiveAuxiliaries))
            {
                continue;
            }

            var subjectEnd = i - 1;
            while (subjectEnd > first && context.IsAny(subjectEnd, Auxiliaries))
            {
                subjectEnd--;
            }

            if (context.IsAny(subjectEnd, Pronouns) || context.IsAnyChar(subjectEnd, ","))
            {
                return SentenceSubject(context, first, i) ?? (context.Is(subjectEnd, "officials") ? "officials" : previous);
            }

            var start = NounPhrase.StartEndingAt(context, subjectEnd);
            if (start >= first && start >= 0)
            {
                return Name(context, start, subjectEnd + 1);
            }

            if (CommonNounSubject(context, first, subjectEnd) is var common and >= 0)
            {
                return Name(context, common, subjectEnd + 1);
            }

            var after = i + 1 < end ? NounPhrase.EndStartingAt(context, i + 1) : i + 1;
            if (after > i + 1 && after <= end)
            {
                return Name(context, i + 1, after);
            }
        }

        return null;
    }

    /// <summary>
    /// "the union warned", "local media reported", "records show": a lower-case subject of up to three words that opens
    /// its clause or follows "the"; not "it is" nor the object of a preposition ("familiar with the matter").
    /// </summary>
    private static int CommonNounSubject(TextContext context, int first, int subjectEnd)
    {
        if (!context.IsWord(subjectEnd) || context.IsCapitalized(subjectEnd) || context.IsAny(subjectEnd, NotSubjects))
        {
            return -1;
        }

        for (var start = subjectEnd; start >= Math.Max(first, subjectEnd - 2); start--)
        {
            if (context.IsAny(start, Articles))
            {
                return context.IsAny(start - 1, Prepositions) ? -1 : start;
            }

            if (start == first || context.IsAnyChar(start - 1, ",;"))
            {
                return start;
            }

            if (!context.IsWord(start - 1) || context.IsAny(start - 1, NotSubjects))
            {
                return -1;
            }
        }

        return -1;
    }

    private static string? SentenceSubject(TextContext context, int first, int verb)
    {
        first = Dateline.SkipAt(context, first, verb);
        var end = NounPhrase.EndStartingAt(context, first);
        // "Floods triggered by rain have killed 64, officials said": one capitalised word opening a sentence is a name
        // only when the lexicon knows it.
        var lone = end == first + 1 && !EntityLexicon.TryMatch(context, first, out _, out _);
        return end > first && end < verb && !lone ? Name(context, first, end) : null;
    }

    /// <summary>The canonical name if the phrase ends in a known entity, else the phrase without "the".</summary>
    public static string? Name(TextContext context, int first, int end)
    {
        if (end <= first)
        {
            return null;
        }

        string? best = null;
        var bestLength = 0;
        for (var i = first; i < end; i++)
        {
            // Only an entity that ends the phrase names the source: "Zelenskyy" in "President Zelenskyy", not "Kiev" in "Kiev city council",
            // nor "Gaza" in "the health ministry in Gaza", where it says where the source is.
            if (EntityLexicon.TryMatch(context, i, out var entity, out var next) && next - i > bestLength && next == end && !context.Is(i - 1, "in"))
            {
                (best, bestLength) = (entity.Canonical, next - i);
            }
        }

        var start = context.IsAny(first, Articles) ? first + 1 : first;
        return best ?? (start < end ? context.Slice(start, end) : null);
    }
}
