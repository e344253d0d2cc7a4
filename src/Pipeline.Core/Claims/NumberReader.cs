using System.Globalization;
using System.Text.RegularExpressions;
using Pipeline.Core.Text;

namespace Pipeline.Core.Claims;

/// <summary>Finds numbers written in digits (with any thousands separator) or in words, with their values.</summary>
public static partial class NumberReader
{
    private static readonly Dictionary<string, (double Value, bool IsScale)> Words = Lexicon.Load("number-words.txt")
        .ToDictionary(row => row[0], row => (double.Parse(row[1], CultureInfo.InvariantCulture), row[2] == "scale"), StringComparer.OrdinalIgnoreCase);

    public static IEnumerable<NumberToken> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (Match match in DigitNumber().Matches(text))
        {
            if (TryParseDigits(match.Value, out var value))
            {
                yield return WithScale(text, new NumberToken(match.Index, match.Index + match.Length, value));
            }
        }

        foreach (Match match in WordNumber().Matches(text))
        {
            if (TryParseWords(match.Value, out var value))
            {
                yield return new NumberToken(match.Index, match.Index + match.Length, value);
            }
        }
    }

    /// <summary>Parses digits where ',', '.', a space or a no-break space may separate thousands ("1.000" is 1000).</summary>
    public static bool TryParseDigits(string digits, out double value)
    {
        ArgumentNullException.ThrowIfNull(digits);
        var groups = digits.Split([',', '.', ' ', '\u00A0']);
        var isGrouped = groups.Length > 1 && groups[0].Length <= 3 && groups.Skip(1).All(g => g.Length == 3);
        var normalized = isGrouped ? string.Concat(groups) : digits.Replace(',', '.');
        return double.TryParse(normalized, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    public static bool TryParseWords(string words, out double value)
    {
        ArgumentNullException.ThrowIfNull(words);
        double total = 0, current = 0;
        var any = false;
        foreach (var word in words.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.Equals("and", StringComparison.OrdinalIgnoreCase) || word.Equals("a", StringComparison.OrdinalIgnoreCase))
            {
                current = current == 0 && word.Length == 1 ? 1 : current;
                continue;
            }

            if (!Words.TryGetValue(word, out var entry))
            {
                value = 0;
                return false;
            }

            any = true;
            if (!entry.IsScale)
            {
                current += entry.Value;
            }
            else if (entry.Value == 100)
            {
                current = Math.Max(current, 1) * 100;
            }
            else
            {
                total += Math.Max(current, 1) * entry.Value;
                current = 0;
            }
        }

        value = total + current;
        return any;
    }

    private static NumberToken WithScale(string text, NumberToken token)
    {
        var scale = ScaleWord().Match(text, token.End);
        if (!scale.Success || scale.Index != token.End)
        {
            return token;
        }

        var word = scale.Groups["scale"].Value.ToLowerInvariant();
        var factor = word switch
        {
            "thousand" or "k" => 1e3,
            "million" or "m" or "mn" => 1e6,
            "billion" or "bn" or "b" => 1e9,
            _ => 1,
        };
        return new NumberToken(token.Start, scale.Index + scale.Length, token.Value * factor);
    }

    [GeneratedRegex(@"(?<![\p{L}\p{N}.,])\d{1,3}(?:[,.\u00A0 ]\d{3})+(?:\.\d+)?(?![\p{N}]|[.,]\d)|(?<![\p{L}\p{N}.,])\d+(?:[.,]\d+)?(?![\p{N}]|[.,]\d)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DigitNumber();

    private const string NumberWord = "(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozen)";

    [GeneratedRegex($@"\b{NumberWord}(?:(?:[- ]|[- ]and[- ]){NumberWord})*\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex WordNumber();

    [GeneratedRegex(@"\G\s?(?<scale>thousand|million|billion|mn|bn)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ScaleWord();
}
