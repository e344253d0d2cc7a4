using Pipeline.Core.Text;

namespace Pipeline.Core.Claims.Attribution;

/// <summary>
/// Who the article says made a claim: "according to X", "X said/reported/stated that", "said X", "X wrote on ...".
/// A pronoun subject ("he said") or a participle ("..., announcing that") takes the sentence's or previous speaker.
/// </summary>
internal static class AttributionReader
{
    // By id: a token the text step marks as a speech verb may still be a possessive of one, which is no verb.
    private static readonly WordSet Verbs = new([.. Lexicon.Load("attribution-verbs.txt").Select(row => row[0])]);
    private static readonly int According = Vocabulary.RequiredId("according");
    private static readonly WordSet Articles = new("the", "a", "an");
    private static readonly WordSet PossessiveDeterminers = new("its", "his", "her", "their", "our");

    // Before these a speech verb is a noun: "a previous forecast", "some estimates", "its latest report".
    private static readonly WordSet NounDeterminers = new(
        "the", "a", "an", "some", "previous", "earlier", "its", "his", "her", "their", "our", "these", "those", "initial", "latest", "new", "official", "such", "other", "own");
    // "an official estimate", but "the official said": a noun too, and the subject of a verb in the past.
    private static readonly WordSet NounsAsDeterminers = new("official");
    private static readonly WordSet PastSpeechVerbs = new("said", "told", "added", "stated", "wrote", "reported", "warned", "claimed", "confirmed", "announced");
    private static readonly WordSet NotSubjects = new("it", "is", "are", "was", "were", "be", "been", "has", "have", "had", "there", "this", "that", "which", "who", "we", "i", "you");
    private static readonly WordSet PassiveAuxiliaries = new("is", "are", "was", "were", "be", "been");
    private static readonly WordSet Prepositions = new("with", "of", "on", "about", "in", "at", "for", "from", "to", "by", "into", "over");
    private static readonly WordSet Pronouns = new("he", "she", "they", "it");
    private static readonly WordSet PersonalPronouns = new("he", "she");
    private static readonly WordSet ClauseConjunctions = new("and", "but", "while", "whereas");
    private static readonly WordSet ReportNouns = new("estimate", "estimates", "report", "statement", "data", "figures", "count", "tally", "survey", "analysis");
    private const int MaxClauseSubjectWords = 8;
    private const int MaxTrailingSubjectWords = 10;
    private static readonly WordSet Auxiliaries = new("has", "have", "had", "also", "later", "previously", "then", "earlier", "yesterday", "today", "on", "in", "the", "now", "still", "already");

    /// <summary>
    /// Every source the sentence names, at the token that names it ("according to", or the speech verb), in order. A
    /// claim takes the nearest before it, else the first after it: in "X said 390 were freed, while Y said 307 would
    /// follow", 307 is Y's. <paramref name="previous"/> is the speaker a pronoun ("he said") refers back to. Null
    /// when it names none. <paramref name="headlines"/> are the article's, asked about its sentences in order.
    /// </summary>
    public static List<Speaker>? Read(TextContext context, int sentenceIndex, string? previous, HeadlineSources headlines)
    {
        var (first, end) = context.SentenceTokens(sentenceIndex);
        List<Speaker>? speakers = null;
        if (headlines.Leading(first, end) is { } leading)
        {
            (speakers ??= []).Add(leading);
        }

        var according = false;
        for (var i = context.NextWord(first, end - 1, According); i < end - 1; i = context.NextWord(i + 1, end - 1, According))
        {
            according = true;
            if (context.Is(i + 1, "to"))
            {
                var source = context.IsAny(i + 2, Articles) || context.IsAny(i + 2, PossessiveDeterminers) ? i + 3 : i + 2;

                // "according to an estimate by the reinsurer Swiss Re", "according to preliminary figures from the
                // authority": the source is who made the report.
                if (ReportNounAt(context, source) is var report and >= 0 && (context.Is(report + 1, "by") || context.Is(report + 1, "from")))
                {
                    source = context.IsAny(report + 2, Articles) ? report + 3 : report + 2;
                }

                // "the Russian defence ministry": a name may run on through plain words to a title; "the reinsurer
                // Swiss Re": a plain word may describe the name after it.
                var sourceEnd = NounPhrase.EndOfTitled(context, NounPhrase.EndStartingAt(context, source));
                if (sourceEnd == source && !context.IsCapitalized(source) && context.IsWord(source) && context.IsCapitalized(source + 1))
                {
                    (source, sourceEnd) = (source + 1, NounPhrase.EndStartingAt(context, source + 1));
                }

                // "according to rights groups": a plain-noun source that runs to the end of its clause.
                if (sourceEnd == source)
                {
                    sourceEnd = CommonNounSourceEnd(context, source, end);
                }

                if ((Appositive(context, sourceEnd, end) ?? Name(context, source, sourceEnd)) is { } name)
                {
                    Add(ref speakers, i, name, Trails(context, first, i));
                }
            }
        }

        var reporting = -1;
        for (var i = context.NextMarked(first, end, LexiconMarks.SpeechVerb); i < end; i = context.NextMarked(i + 1, end, LexiconMarks.SpeechVerb))
        {
            // "is said to be cutting", "it is estimated": a passive names no one who says it; "an estimate" is a noun.
            // In "Zelensky said the attack showed ...", "showed" is part of what Zelensky said.
            if (!context.IsAny(i, Verbs) || context.IsAny(i - 1, PassiveAuxiliaries) || IsNounAfterDeterminer(context, i))
            {
                continue;
            }

            if (context.IsAny(i, CitingVerbs) && CitedAsSaying(context, i, end) is { } cited)
            {
                Add(ref speakers, i, cited, Trails(context, first, i));
                reporting = i;
                continue;
            }

            // The next verb is tested from this one: no break up to here, so the span from here decides (and each
            // token is read once however many verbs a run-on sentence has).
            if (IsReported(context, reporting, i))
            {
                reporting = i;
                continue;
            }

            // "..., Zelenskiy wrote, adding that more releases were expected": a participle goes on in the voice of the
            // speaker before it in the sentence.
            var voice = IsParticiple(context, i) && speakers is [.., var before] ? before.Name : previous;
            if (SubjectOf(context, first, end, i, voice) is { } name)
            {
                Add(ref speakers, i, name, Trails(context, first, i));
                reporting = i;
            }
            else if (OpensWithUnknownName(context, first, i))
            {
                Add(ref speakers, i, null, Trails(context, first, i));
                reporting = i;
            }
        }

        // Each loop adds in text order; only a sentence with both kinds needs them merged.
        if (according)
        {
            speakers?.Sort((a, b) => a.Token.CompareTo(b.Token));
        }

        if (headlines.Trailing(first, end) is { } trailing)
        {
            (speakers ??= []).Add(trailing);
        }

        return speakers;
    }

    private const int MaxReportModifiers = 2;

    /// <summary>The report noun at <paramref name="token"/> or after up to two plain modifiers ("preliminary official estimates"), or -1.</summary>
    private static int ReportNounAt(TextContext context, int token)
    {
        for (var i = token; i <= token + MaxReportModifiers; i++)
        {
            if (context.IsAny(i, ReportNouns))
            {
                return i;
            }

            if (!context.IsWord(i) || context.IsCapitalized(i) || context.Has(i, LexiconMarks.Number))
            {
                return -1;
            }
        }

        return -1;
    }

    private static readonly WordSet CitingVerbs = new("cited", "quoted");
    private const int MaxCitedWords = 10;

    /// <summary>
    /// "TASS cited the Russian defence ministry as saying that 303 soldiers were freed": the one cited said it, not the
    /// agency that passed it on.
    /// </summary>
    private static string? CitedAsSaying(TextContext context, int verb, int sentenceEnd)
    {
        var limit = Math.Min(sentenceEnd - 1, verb + MaxCitedWords);
        for (var i = verb + 2; i < limit && context.IsWord(i); i++)
        {
            if (context.Is(i, "as") && context.Is(i + 1, "saying"))
            {
                var source = context.IsAny(verb + 1, Articles) ? verb + 2 : verb + 1;
                return Name(context, source, i);
            }
        }

        return null;
    }

    private const int MaxCommonSourceWords = 3;

    /// <summary>
    /// The end of "rights groups" or "local media" after "according to": up to three plain words that close the clause.
    /// Unnamed sources ("people familiar with the matter") give none.
    /// </summary>
    private static int CommonNounSourceEnd(TextContext context, int source, int sentenceEnd)
    {
        var end = source;
        while (end < sentenceEnd && end - source < MaxCommonSourceWords && context.IsWord(end) && !context.IsCapitalized(end) && !context.Has(end, LexiconMarks.Number))
        {
            end++;
        }

        var closes = end >= sentenceEnd - 1 || context.IsAnyChar(end, ",;.");
        return closes && end > source && !AnonymousSources.DescribedIn(context, source, end) ? end : source;
    }

    /// <summary>"the latest report" is a noun after a determiner; "the official said" is a speaker and a verb.</summary>
    private static bool IsNounAfterDeterminer(TextContext context, int verb) =>
        context.IsAny(verb - 1, NounDeterminers) && !(context.IsAny(verb - 1, NounsAsDeterminers) && context.IsAny(verb, PastSpeechVerbs));

    /// <summary>
    /// Whether the speech verb at <paramref name="verb"/> is inside what the one at <paramref name="reporting"/> reports:
    /// no clause break or conjunction stands between them.
    /// </summary>
    private static bool IsReported(TextContext context, int reporting, int verb)
    {
        if (reporting < 0)
        {
            return false;
        }

        for (var i = reporting + 1; i < verb; i++)
        {
            if (context.IsAnyChar(i, ",;:—–\"“”") || context.IsAny(i, ClauseConjunctions))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether the source named at <paramref name="token"/> follows what it reports: its clause opens after a comma, a
    /// dash or a closing quote ("..., officials on both sides said", "..., according to the ombudsman", "..., said
    /// Dmytro Lubinets", '"...," she said').
    /// </summary>
    private static bool Trails(TextContext context, int first, int token)
    {
        var i = token - 1;
        while (i > first && token - i <= MaxTrailingSubjectWords && context.IsWord(i))
        {
            i--;
        }

        // "..., while the EU said it would send more": a conjunction opens a clause of the source's own.
        return i >= first && context.IsAnyChar(i, ",;—–\"”") && !context.IsAny(i + 1, ClauseConjunctions);
    }

    /// <summary>
    /// "Olena, 54, who asked that her surname not be used, said ...": a speaker the lexicon does not know. She is kept,
    /// with no name, so that what follows is hers and not the last named speaker's.
    /// </summary>
    private static bool OpensWithUnknownName(TextContext context, int first, int verb) =>
        first + 1 < verb && context.IsCapitalized(first) && context.IsAnyChar(first + 1, ",") && !context.IsAny(first, Pronouns)
        && !EntityLexicon.TryMatch(context, first, out _, out _) && context.IsAnyChar(verb - 1, ",");

    // Most sentences have no speech verb: their list is never made.
    private static void Add(ref List<Speaker>? speakers, int token, string? name, bool trails) =>
        (speakers ??= []).Add(new Speaker(token, name, trails));

    private static string? SubjectOf(TextContext context, int first, int end, int verb, string? previous)
    {
        var subjectEnd = verb - 1;
        while (subjectEnd > first && context.IsAny(subjectEnd, Auxiliaries))
        {
            subjectEnd--;
        }

        // "The governor of the region, Oleh Kiper, stated": the name set off by commas is the speaker.
        if (context.IsAnyChar(subjectEnd, ",") && NounPhrase.StartEndingAt(context, subjectEnd - 1) is var named
            && named > first && context.IsAnyChar(named - 1, ",") && context.IsCapitalized(named))
        {
            return Name(context, named, subjectEnd);
        }

        // '"...," Lena Marsh, the chief epidemiologist, told reporters': the name before a plain-word appositive.
        if (context.IsAnyChar(subjectEnd, ",") && NameBeforeAppositive(context, first, subjectEnd) is var (nameStart, nameEnd) && nameStart >= 0)
        {
            return Name(context, nameStart, nameEnd);
        }

        // "..., said Dmytro Lubinets, the commissioner": the name after the verb, when it closes its clause; in "The
        // ministry, however, said Russia had fired" the name begins what was said.
        if (context.IsAnyChar(subjectEnd, ",") && context.IsCapitalized(verb + 1) && NounPhrase.EndStartingAt(context, verb + 1) is var inverted
            && inverted > verb + 1 && (inverted >= end - 1 || context.IsAnyChar(inverted, ",;.")))
        {
            return Name(context, verb + 1, inverted);
        }

        // "Moscow, he said, had rejected the truce": "he" is the last person named, not the sentence's subject.
        if (context.IsAny(subjectEnd, PersonalPronouns) && LastPerson(context, first, subjectEnd) is { } person)
        {
            return person;
        }

        // A pronoun, a participle ("..., adding that") or a second verb ("Trump congratulated both sides and said")
        // speaks for the sentence's subject, else the last speaker; after an unknown name ("Olena, 54, said") the last
        // speaker is someone else.
        if (context.IsAny(subjectEnd, Pronouns) || context.IsAnyChar(subjectEnd, ",") || context.IsAny(subjectEnd, ClauseConjunctions))
        {
            var carried = context.IsAny(subjectEnd, Pronouns) || IsParticiple(context, verb) ? previous : null;
            return SentenceSubject(context, first, verb) ?? (context.Is(subjectEnd, "officials") ? "officials" : carried);
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

        if (ClauseSubject(context, first, subjectEnd) is var clause and >= 0)
        {
            return Name(context, clause, subjectEnd + 1);
        }

        var after = verb + 1 < end ? NounPhrase.EndStartingAt(context, verb + 1) : verb + 1;
        return after > verb + 1 && after <= end ? Name(context, verb + 1, after) : null;
    }

    private const int MaxAppositiveWords = 6;

    /// <summary>
    /// The name before ", the chief epidemiologist," that ends at <paramref name="closingComma"/>: a capitalised name
    /// opening the sentence or following a quotation ("Dr." may stand before it), or (-1, -1).
    /// </summary>
    private static (int Start, int End) NameBeforeAppositive(TextContext context, int first, int closingComma)
    {
        var comma = closingComma - 1;
        while (comma > first && closingComma - comma <= MaxAppositiveWords && context.IsWord(comma) && !context.IsCapitalized(comma))
        {
            comma--;
        }

        if (comma == closingComma - 1 || !context.IsAnyChar(comma, ","))
        {
            return (-1, -1);
        }

        var name = NounPhrase.StartEndingAt(context, comma - 1);
        var opens = name == first || context.IsAnyChar(name - 1, ",\"”") || (context.IsChar(name - 1, '.') && context.IsAny(name - 2, Honorifics));
        return name >= first && context.IsCapitalized(name) && opens ? (name, comma) : (-1, -1);
    }

    private static readonly WordSet Honorifics = new("dr", "mr", "mrs", "ms", "prof");

    /// <summary>
    /// Whom "he" or "she" refers to: the last person named in the sentence before the pronoun or in the one before it
    /// ("Zelensky thanked everyone involved. 'We are bringing our people home,' he wrote"), who need not have spoken.
    /// </summary>
    private static string? LastPerson(TextContext context, int first, int pronoun)
    {
        var sentence = context.SentenceOfToken(first);
        var from = sentence > 0 ? context.SentenceTokens(sentence - 1).First : first;
        string? person = null;
        for (var i = context.NextMarked(from, pronoun, LexiconMarks.Entity); i < pronoun; i = context.NextMarked(i + 1, pronoun, LexiconMarks.Entity))
        {
            if (EntityLexicon.TryMatch(context, i, out var entity, out var end))
            {
                person = entity.Type == "PERSON" ? entity.Canonical : person;
                i = end - 1;
            }
        }

        return person;
    }

    private static bool IsParticiple(TextContext context, int verb) => context.Span(verb).EndsWith("ing", StringComparison.OrdinalIgnoreCase);

    /// <summary>"according to the Ukrainian ombudsman, Dmytro Lubinets": the name set off after a title is the source.</summary>
    private static string? Appositive(TextContext context, int phraseEnd, int sentenceEnd)
    {
        if (!context.IsChar(phraseEnd, ',') || !context.IsCapitalized(phraseEnd + 1))
        {
            return null;
        }

        var nameEnd = NounPhrase.EndStartingAt(context, phraseEnd + 1);
        var closes = nameEnd >= sentenceEnd - 1 || context.IsAnyChar(nameEnd, ",;.");
        return closes && nameEnd > phraseEnd + 1 ? Name(context, phraseEnd + 1, nameEnd) : null;
    }

    /// <summary>
    /// "Kyiv's coordination headquarters for prisoners of war said", "..., officials on both sides said": every word from
    /// the start of the clause to the verb, when they are few, none is a verb or pronoun, and they name someone
    /// ("sources familiar with the matter" do not).
    /// </summary>
    private static int ClauseSubject(TextContext context, int first, int subjectEnd)
    {
        var start = subjectEnd;
        while (start > first && subjectEnd - start < MaxClauseSubjectWords && context.IsWord(start - 1) && !context.IsAny(start - 1, ClauseConjunctions))
        {
            start--;
        }

        var opensClause = start == first || context.IsAnyChar(start - 1, ",;:") || context.IsAny(start - 1, ClauseConjunctions);
        if (!opensClause || start == subjectEnd || AnonymousSources.DescribedIn(context, start, subjectEnd + 1))
        {
            return -1;
        }

        for (var i = start; i <= subjectEnd; i++)
        {
            if (!context.IsWord(i) || context.IsAny(i, NotSubjects) || context.IsAny(i, Pronouns) || context.IsWordId(i, According))
            {
                return -1;
            }
        }

        return start;
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

            // ", but rebels said", ", while organisers said": the conjunction opens the clause and is no part of its subject.
            if (start == first || context.IsAnyChar(start - 1, ",;") || context.IsAny(start - 1, ClauseConjunctions))
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
        // A capitalised "He" opening a sentence reads as a name; it never is one.
        if (end <= first || (end == first + 1 && (context.IsAny(first, Pronouns) || context.IsAny(first, NotSubjects))))
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
