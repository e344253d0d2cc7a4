using Pipeline.Core.Text;

namespace Pipeline.Core.Claims.Attribution;

/// <summary>
/// Reads the name of a source around a token: a run of capitalised words, which may hold "of", "for", "the" and
/// possessives ("Ukraine's Coordination Headquarters for the Treatment of Prisoners of War", "the Russian Defence Ministry").
/// </summary>
internal static class NounPhrase
{
    private const int MaxWords = 14;
    private const int MaxModifiers = 3;
    private const int MaxCapitalisedModifiers = 1;
    // Also the particles of names: "Luiz Inacio Lula da Silva", "Ursula von der Leyen".
    private static readonly WordSet Connectors = new("of", "for", "the", "and", "in", "da", "de", "do", "dos", "van", "von", "der", "den", "la", "bin", "ibn");

    // Particles that run two in a row inside a name ("Ursula von der Leyen", "Jan van der Berg"), or join its next part
    // with a hyphen ("Ayman al-Safadi", "Abdel Fattah el-Sisi").
    private static readonly WordSet Particles = new("da", "de", "do", "dos", "van", "von", "der", "den", "bin", "ibn", "la", "al", "el");
    private static readonly WordSet Titles = new("ministry", "ministries", "officials", "authorities", "authority", "sources", "spokesperson", "spokesman", "spokeswoman", "spokespeople", "statement", "office", "government", "forces", "military", "army", "council", "city", "committee", "agency", "department", "service", "police", "court", "commission", "administration", "governor", "mayor", "bureau", "institute", "officer", "prosecutors", "investigators", "researchers", "company", "firm", "union", "board", "regulator", "hospital", "media", "representatives", "organisation", "organization", "leader", "president", "minister", "director", "chief", "executive", "prosecutor", "judge", "secretary", "ombudsman", "headquarters", "centre", "center", "commissioner", "envoy", "operator", "watchdog", "monitor", "force", "guard", "guards", "navy", "staff");
    private static readonly WordSet Determiners = new("the", "a", "an", "its", "their", "his", "her", "our");
    private static readonly WordSet NotModifiers = new("and", "or", "but", "that", "which", "who", "when", "as", "while", "also", "then", "later", "earlier", "yesterday", "today", "previously", "has", "have", "had", "were", "was", "is", "are", "not", "said", "says", "meanwhile", "however", "separately", "elsewhere", "instead", "now");

    /// <summary>Whether the word at <paramref name="index"/> is a title or a body ("ministry", "staff", "police").</summary>
    public static bool IsTitle(TextContext context, int index) => context.IsAny(index, Titles);

    /// <summary>The phrase ending at token <paramref name="last"/>; returns its first token or -1.</summary>
    public static int StartEndingAt(TextContext context, int last)
    {
        var start = -1;
        for (var i = last; i >= Math.Max(0, last - MaxWords); i--)
        {
            if (IsNameWord(context, i))
            {
                start = i;
            }
            else if (!(start >= 0 && context.IsAny(i, Connectors) && (IsNameWord(context, i - 1) || IsParticlePair(context, i - 1, i))))
            {
                break;
            }
        }

        return start >= 0 && !context.IsCapitalized(start) ? WithModifiers(context, start) : start;
    }

    /// <summary>
    /// A lower-case head such as "service" or "officials" takes up to three plain words before it ("the fire service",
    /// "utility officials"), but only when a determiner, punctuation or the text's start closes them off on the left,
    /// so a verb or adverb before the head ("yesterday police said") is not taken for part of the name.
    /// </summary>
    private static int WithModifiers(TextContext context, int head)
    {
        var first = head;
        while (first > 0 && head - (first - 1) <= MaxModifiers && IsModifier(context, first - 1))
        {
            first--;
        }

        // "the Russian defence ministry": capitalised adjectives before the plain modifiers belong to the phrase too.
        if (first > 0 && head - (first - 1) <= MaxModifiers + MaxCapitalisedModifiers && context.IsCapitalized(first - 1)
            && !context.IsAny(first - 1, Determiners) && !context.IsAny(first - 1, NotModifiers) && !Possessive.Is(context.Span(first - 1))
            && (!context.IsWord(first - 2) || context.IsAny(first - 2, Determiners) || IsPossessiveName(context, first - 2)))
        {
            first--;
        }

        // "Russia's defence ministry": a possessive name before the modifiers is part of the phrase and closes it.
        var before = first - 1;
        if (before >= 0 && IsPossessiveName(context, before))
        {
            return before;
        }

        var closed = before < 0 || !context.IsWord(before) || context.IsAny(before, Determiners);
        return closed ? first : head;
    }

    // "Russia's TASS news agency": a possessive name closes the phrase on the left, as a determiner does.
    private static bool IsPossessiveName(TextContext context, int index) => context.IsCapitalized(index) && Possessive.Is(context.Span(index));

    private static bool IsModifier(TextContext context, int index) =>
        context.IsWord(index) && !context.IsCapitalized(index) && !context.IsAny(index, Determiners) && !context.IsAny(index, NotModifiers) && !context.IsAny(index, Connectors);

    /// <summary>
    /// "the housing ombudsman", "the regional health authority": a title after up to three plain modifiers, with what
    /// follows it ("ombudsman for children"); returns the token after it, or <paramref name="first"/> when there is none.
    /// </summary>
    public static int EndOfTitled(TextContext context, int first)
    {
        for (var i = first; i <= first + MaxModifiers && IsModifierOrTitle(context, i); i++)
        {
            if (context.IsAny(i, Titles))
            {
                return EndStartingAt(context, i);
            }
        }

        return first;
    }

    private static bool IsModifierOrTitle(TextContext context, int index) => context.IsAny(index, Titles) || IsModifier(context, index);

    /// <summary>The phrase starting at token <paramref name="first"/>; returns the token after it (or <paramref name="first"/>).</summary>
    public static int EndStartingAt(TextContext context, int first)
    {
        var end = first;
        while (end < Math.Min(context.Tokens.Length, first + MaxWords) && !context.SentenceBreakBetween(first, end)
               && (IsNameWord(context, end) || (end > first && context.IsAny(end, Connectors) && (IsNameWord(context, end + 1) || IsParticlePair(context, end, end + 1)))))
        {
            end++;
        }

        return end;
    }

    private static bool IsNameWord(TextContext context, int index) =>
        (context.IsCapitalized(index) && !Dates.CalendarWords.TryGet(context, index, out _, out _) && !context.IsAny(index, NotModifiers))
        || (context.IsWord(index) && context.IsAny(index, Titles))
        || (context.IsChar(index, '.') && context.IsCapitalized(index - 1) && context.Tokens[index].Joined
            && index + 1 < context.Tokens.Length && !context.SentenceBreakBetween(index, index + 1))
        || IsNameHyphen(context, index) || IsHyphenedParticle(context, index);

    /// <summary>"Mohammed Al-Khulaifi", "Jean-Pierre": a hyphen joining two capitalised words is inside the name.</summary>
    private static bool IsNameHyphen(TextContext context, int index) =>
        context.IsChar(index, '-') && context.Tokens[index].Joined && (context.IsCapitalized(index - 1) || context.IsAny(index - 1, Particles))
        && index + 1 < context.Tokens.Length && context.Tokens[index + 1].Joined && context.IsCapitalized(index + 1);

    /// <summary>"al-Safadi": a particle joined by a hyphen to a capitalised word is part of the name.</summary>
    private static bool IsHyphenedParticle(TextContext context, int index) =>
        context.IsAny(index, Particles) && index + 1 < context.Tokens.Length && IsNameHyphen(context, index + 1);

    /// <summary>
    /// "von der" in "Ursula von der Leyen", "of the" in "the Ministry of the Interior": two connectors in a row between
    /// capitalised words.
    /// </summary>
    private static bool IsParticlePair(TextContext context, int first, int second) =>
        ((context.IsAny(first, Particles) && context.IsAny(second, Particles)) || (context.IsAny(first, OfOrFor) && context.Is(second, "the")))
        && context.IsCapitalized(second + 1) && context.IsCapitalized(first - 1);

    private static readonly WordSet OfOrFor = new("of", "for");
}
