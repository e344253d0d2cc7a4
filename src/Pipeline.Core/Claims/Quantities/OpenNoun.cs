using Pipeline.Core.Text;

namespace Pipeline.Core.Claims.Quantities;

/// <summary>
/// A counted noun outside the lexicon ("12 ambulances", "eight rebounds"): the next lower-case plural word. Spelled-out
/// "one" and "two" need a lexicon noun, because "one of", "two said" and the like are far more common.
/// </summary>
internal static class OpenNoun
{
    private static readonly WordSet NotNouns = new(
    [
        "was", "has", "is", "its", "his", "hers", "this", "as", "us", "yes", "thus", "plus", "times", "less", "unless",
        "always", "towards", "across", "whereas", "various", "previous", "serious", "famous", "obvious", "does", "goes",
    ]);

    // Words that end a noun phrase: what follows them is no longer what the number counts ("5 in hospitals").
    private static readonly WordSet NotModifiers = new(
    [
        "in", "on", "at", "of", "and", "or", "to", "for", "from", "with", "by", "as", "the", "were", "was", "are", "is", "have",
        "has", "had", "will", "would", "per", "into", "over", "under", "than", "that", "who", "which", "its", "their", "his",
        "her", "our", "this", "these", "those", "each", "every", "all", "not", "but", "can", "may", "also", "been", "being",
        "out", "off", "up", "down", "last", "next", "after", "before", "since", "during", "while", "when", "where", "such",
    ]);

    /// <summary>
    /// The plural noun at <paramref name="index"/>, or after one lower-case modifier ("120 stolen items", "2,400 weather
    /// stations"), which may be hyphenated ("40 walk-in clinics").
    /// </summary>
    public static bool TryRead(TextContext context, int index, int limit, out (string Measure, string Group, int End) noun) =>
        TryPlural(context, index, limit, out noun)
        || (context.IsWord(index) && !context.IsCapitalized(index) && !context.IsAny(index, NotModifiers) && !context.Has(index, LexiconMarks.Number)
            && ModifierEnd(context, index) is var after and > 0 && TryPlural(context, after, limit, out noun));

    /// <summary>The token after the modifier at <paramref name="index"/> and its hyphenated parts, or -1 when a word is glued on some other way.</summary>
    private static int ModifierEnd(TextContext context, int index)
    {
        var end = index + 1;
        while (IsJoinedToNext(context, end - 1))
        {
            if (!context.IsChar(end, '-') || !IsJoinedToNext(context, end) || !context.IsWord(end + 1))
            {
                return -1;
            }

            end += 2;
        }

        return end;
    }

    private static bool IsJoinedToNext(TextContext context, int index) => index + 1 < context.Tokens.Length && context.Tokens[index + 1].Joined;

    private static bool TryPlural(TextContext context, int index, int limit, out (string Measure, string Group, int End) noun)
    {
        noun = default;
        if (index >= limit || !context.IsWord(index) || context.IsCapitalized(index))
        {
            return false;
        }

        var word = context.Span(index);
        if (word.Length < 4 || word[^1] != 's' || word.EndsWith("ss", StringComparison.Ordinal) || context.IsAny(index, NotNouns)
            || (index + 1 < context.Tokens.Length && context.Tokens[index + 1].Joined && context.Tokens[index + 1].IsWord))
        {
            return false;
        }

        var measure = word.ToString().ToLowerInvariant();
        noun = (measure, measure, index + 1);
        return true;
    }
}
