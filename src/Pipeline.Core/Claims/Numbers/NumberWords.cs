using System.Globalization;
using System.Text;
using Pipeline.Core.Text;

namespace Pipeline.Core.Claims.Numbers;

/// <summary>The number-word lexicon: cardinal, scale, ordinal and fraction words, and plural ordinals ("fifths").</summary>
internal static class NumberWords
{
    private static readonly WordMap<(double Value, NumberWordKind Kind)> Words = Lexicon.Map("number-words.txt", row =>
        (double.Parse(row[1], CultureInfo.InvariantCulture), Enum.Parse<NumberWordKind>(row[2], ignoreCase: true)));

    private static readonly TokenWordMap<(double Factor, string Rule)> Suffixes = TokenWordMap<(double Factor, string Rule)>.Load("scale-suffixes.txt", row =>
        (double.Parse(row[1], CultureInfo.InvariantCulture), row[2]));

    // The answer for each Vocabulary id, found once: readers ask about tokens, and a token's id is an array index.
    private static readonly ById[] ByVocabularyId = BuildByVocabularyId();

    /// <summary>
    /// Whether the token at <paramref name="index"/> may be a number word: one flag test, false for most words. Every
    /// number word carries the Number mark, except a plural ordinal that is a lexicon word of its own ("seconds", a
    /// duration unit), which keeps its own marks only.
    /// </summary>
    public static bool MayBeAt(TextContext context, int index) => context.Has(index, LexiconMarks.Number | LexiconMarks.DurationUnit);

    /// <summary>Whether the token at <paramref name="index"/> is a word that <see cref="TryGet(ReadOnlySpan{char}, out double, out NumberWordKind)"/> knows.</summary>
    public static bool TryGet(TextContext context, int index, out double value, out NumberWordKind kind)
    {
        (value, kind) = (0, NumberWordKind.Unit);
        if (!context.IsWord(index) || context.WordId(index) is not (var id and not Vocabulary.None))
        {
            // Every number word and its plural has an id, so a word without one is neither.
            return false;
        }

        var entry = ByVocabularyId[id];
        switch (entry.Match)
        {
            case Match.Word:
            case Match.Plural when context.Span(index)[^1] is 's' or 'S':
                (value, kind) = (entry.Value, entry.Kind);
                return true;
            case Match.Unsure:
                return TryGet(context.Span(index), out value, out kind);
            default:
                return false;
        }
    }

    public static bool IsNumberWord(TextContext context, int index) => TryGet(context, index, out _, out _);

    public static bool TryGet(ReadOnlySpan<char> word, out double value, out NumberWordKind kind)
    {
        if (Words.TryGet(word, out var entry))
        {
            (value, kind) = entry;
            return true;
        }

        // "fifths", "twenty-firsts": a plural ordinal is a denominator.
        if (word.Length > 4 && (word[^1] is 's' or 'S') && Words.TryGet(word[..^1], out entry) && entry.Kind == NumberWordKind.Ordinal)
        {
            (value, kind) = (entry.Value, NumberWordKind.Denominator);
            return true;
        }

        (value, kind) = (0, NumberWordKind.Unit);
        return false;
    }

    public static bool IsNumberWord(ReadOnlySpan<char> word) => TryGet(word, out _, out _);

    /// <summary>
    /// A token has an id when it equals a vocabulary word ignoring case, as the lexicon compares, so the word's answer
    /// is the token's; except that the plural rule reads the token's own last letter, and that a word outside ASCII
    /// may equal tokens spelled differently, whose answer is left to the lookup.
    /// </summary>
    private static ById[] BuildByVocabularyId()
    {
        var table = new ById[Vocabulary.Count];
        for (var id = 0; id < table.Length; id++)
        {
            var word = Vocabulary.WordOf(id);
            if (!Ascii.IsValid(word))
            {
                table[id] = new ById(Match.Unsure, 0, NumberWordKind.Unit);
            }
            else if (Words.TryGet(word, out var entry))
            {
                table[id] = new ById(Match.Word, entry.Value, entry.Kind);
            }
            else if (TryGet(word, out var value, out var kind))
            {
                table[id] = new ById(Match.Plural, value, kind);
            }
        }

        return table;
    }

    private enum Match : byte
    {
        None,
        Word,
        Plural,
        Unsure,
    }

    private readonly record struct ById(Match Match, double Value, NumberWordKind Kind);

    /// <summary>A scale written after digits: "10k", "2.5 million", "$1.2bn"; lower-case "m" only after a currency sign.</summary>
    public static bool TryScaleSuffix(ReadOnlySpan<char> word, bool afterCurrency, out double factor)
    {
        factor = 1;
        if (!Suffixes.TryGet(word, out var entry))
        {
            return false;
        }

        factor = entry.Factor;
        return entry.Rule != "exact" || MatchesCase(word, afterCurrency);
    }

    /// <summary>
    /// The scale suffix at token <paramref name="index"/>, looked up by the token's id: the answer of the span overload
    /// once <paramref name="exactCase"/> suffixes pass <see cref="MatchesCase"/>. Nearly every figure followed by a word
    /// asks, and most are followed by no suffix: they skip the hash of the word and the question the case rule needs.
    /// </summary>
    public static bool TryScaleSuffix(TextContext context, int index, out double factor, out bool exactCase)
    {
        var found = Suffixes.TryGet(context, index, out var entry);
        (factor, exactCase) = found ? (entry.Factor, entry.Rule == "exact") : (1, false);
        return found;
    }

    /// <summary>"M" and "G" as written; lower-case "m" only after a currency sign.</summary>
    public static bool MatchesCase(ReadOnlySpan<char> word, bool afterCurrency) =>
        word.Length == 1 && (word[0] is 'M' or 'G' || (afterCurrency && word[0] == 'm'));
}
