using System.Buffers;
using Pipeline.Core.Text;

namespace Pipeline.Core.Claims.Quantities;

/// <summary>The currency written before an amount: a sign glued to it ("$1.2bn", "€40m") or an ISO-style code ("USD 3 billion", "Rs 500 crore").</summary>
internal static class Currencies
{
    /// <summary>Every sign <see cref="Before"/> names.</summary>
    public const string Signs = "$€£¥₹₽₴";

    private static readonly Dictionary<string, string> Codes = new(StringComparer.Ordinal)
    {
        ["USD"] = "usd", ["EUR"] = "eur", ["GBP"] = "gbp", ["JPY"] = "jpy", ["CNY"] = "cny", ["CHF"] = "chf",
        ["INR"] = "inr", ["Rs"] = "inr", ["RUB"] = "rub", ["UAH"] = "uah", ["AUD"] = "aud", ["CAD"] = "cad",
    };

    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> CodesBySpan = Codes.GetAlternateLookup<ReadOnlySpan<char>>();

    // Codes compare exactly, so a word whose first letter starts none ("of", "the", "to" before a figure) skips the hash.
    private static readonly SearchValues<char> CodeInitials = SearchValues.Create(string.Concat(Codes.Keys.Select(code => code[0])));

    /// <summary>The currency's name and first token, or null when the number at <paramref name="numberToken"/> has none.</summary>
    public static (string Name, int First)? Before(TextContext context, int numberToken)
    {
        var before = numberToken - 1;
        if (context.Tokens[numberToken].Joined)
        {
            // A sign is glued to the figure, and a code never is.
            return before >= 0 && context.Tokens[before].IsPunctuation && SignName(context.Text[context.Tokens[before].Start]) is { } name ? (name, before) : null;
        }

        // "Rs. 500": the code's abbreviation dot sits between it and the number.
        var code = context.IsChar(before, '.') && context.Tokens[before].Joined ? before - 1 : before;
        return context.IsWord(code) && context.Tokens[code].Length is 2 or 3
            && CodeInitials.Contains(context.Text[context.Tokens[code].Start]) && CodesBySpan.TryGetValue(context.Span(code), out var coded)
            ? (coded, code) : null;
    }

    private static string? SignName(char sign) => sign switch
    {
        '$' => "usd",
        '€' => "eur",
        '£' => "gbp",
        '¥' => "jpy",
        '₹' => "inr",
        '₽' => "rub",
        '₴' => "uah",
        _ => null,
    };
}
