using System.Globalization;
using Pipeline.Core.Text;

namespace Pipeline.Core.Claims.Numbers;

/// <summary>The number-word lexicon: cardinal, scale, ordinal and fraction words, and plural ordinals ("fifths").</summary>
internal static class NumberWords
{
    private static readonly WordMap<(double Value, NumberWordKind Kind)> Words = Lexicon.Map("number-words.txt", row =>
        (double.Parse(row[1], CultureInfo.InvariantCulture), Enum.Parse<NumberWordKind>(row[2], ignoreCase: true)));

    private static readonly WordMap<(double Factor, string Rule)> Suffixes = Lexicon.Map("scale-suffixes.txt", row =>
        (double.Parse(row[1], CultureInfo.InvariantCulture), row[2]));

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

    /// <summary>A scale written after digits: "10k", "2.5 million", "$1.2bn"; lower-case "m" only after a currency sign.</summary>
    public static bool TryScaleSuffix(ReadOnlySpan<char> word, bool afterCurrency, out double factor)
    {
        factor = 1;
        if (!Suffixes.TryGet(word, out var entry))
        {
            return false;
        }

        var matchesCase = entry.Rule switch
        {
            "exact" => word.Length == 1 && (word[0] is 'M' or 'G' || (afterCurrency && word[0] == 'm')),
            _ => true,
        };
        factor = entry.Factor;
        return matchesCase;
    }
}
