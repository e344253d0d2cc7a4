using Pipeline.Core.Text;

namespace Pipeline.Core.Claims.Numbers;

/// <summary>Finds every number in a text, in order, in one pass over its tokens: digits, words, fractions and scaled figures.</summary>
internal static class NumberScanner
{
    public static List<NumberMention> Scan(TextContext context, Func<int, bool> countedNounAt)
    {
        // About one token in twenty is a number in news text; starting there saves most of the list's regrowth copies.
        var mentions = new List<NumberMention>(context.Tokens.Length / 20 + 4);
        var runs = new List<(int First, int End, double Value)>(4);
        var digits = new DigitNumbers();
        var tokens = context.Tokens;
        var i = 0;
        while (i < tokens.Length)
        {
            if (tokens[i].IsDigits || IsLeadingDecimalPoint(context, i))
            {
                runs.Clear();
                var next = tokens[i].IsDigits ? digits.Read(context, i, countedNounAt, runs) : ReadLeadingDecimal(context, i, runs);
                foreach (var run in runs)
                {
                    mentions.Add(DigitMention(context, run, countedNounAt));
                }

                i = Math.Max(next, mentions.Count > 0 ? mentions[^1].EndToken : next);
                continue;
            }

            if (tokens[i].IsPunctuation && IsVulgarFraction(context.Text[tokens[i].Start], out var part))
            {
                mentions.Add(new NumberMention(tokens[i].Start, tokens[i].End, part, i, i + 1, NumberForm.Fraction));
                i++;
                continue;
            }

            if (tokens[i].IsWord && TryWords(context, i, out var mention))
            {
                mentions.Add(mention);
                i = mention.EndToken;
                continue;
            }

            i++;
        }

        FractionOfScale.Merge(context, mentions);
        return mentions;
    }

    private static bool TryWords(TextContext context, int i, out NumberMention mention)
    {
        mention = default;
        if (!MayStartNumber(context, i))
        {
            return false;
        }

        var signed = context.Is(i, "minus") || context.Is(i, "negative");
        var first = signed ? i + 1 : i;
        if (!context.IsWord(first) || !WordNumbers.TryRead(context, first, null, out var value, out var end, out var fraction))
        {
            return false;
        }

        var tokens = context.Tokens;
        mention = new NumberMention(tokens[i].Start, tokens[end - 1].End, signed ? -value : value, i, end, fraction ? NumberForm.Fraction : NumberForm.Words);
        return true;
    }

    /// <summary>"½", "⅔", "¾": single-character fractions.</summary>
    private static bool IsVulgarFraction(char c, out double value)
    {
        value = char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.OtherNumber ? char.GetNumericValue(c) : -1;
        return value is > 0 and < 1;
    }

    private static bool MayStartNumber(TextContext context, int i)
    {
        if (context.Has(i, LexiconMarks.Number))
        {
            return true;
        }

        var word = context.Span(i);
        return ((word is "a" or "an" or "A" or "An" or "minus" or "negative") && context.IsWord(i + 1) && NumberWords.IsNumberWord(context.Span(i + 1)));
    }

    private static NumberMention DigitMention(TextContext context, (int First, int End, double Value) run, Func<int, bool> countedNounAt)
    {
        var tokens = context.Tokens;
        var (first, end, value) = run;
        var form = NumberForm.Digits;
        (value, end, form) = DigitSuffixes.Extend(context, first, end, value, form, countedNounAt);
        var negative = IsMinusSign(context, first - 1) || context.Is(first - 1, "minus") || context.Is(first - 1, "negative");
        var start = negative ? first - 1 : first;
        if (negative)
        {
            value = -value;
        }

        var attached = end < tokens.Length && tokens[end].IsWord && tokens[end].Joined;
        var designator = first >= 2 && context.IsChar(first - 1, '-') && tokens[first - 1].Joined && tokens[first].Joined && tokens[first - 2].IsWord;
        return new NumberMention(tokens[start].Start, tokens[end - 1].End, value, start, end, form) { UnitAttached = attached, Designator = designator };
    }

    /// <summary>A '-' or '−' glued to the digits and not glued to anything before it ("-1", not "1,000-for-1,000").</summary>
    private static bool IsMinusSign(TextContext context, int index) =>
        index >= 0 && context.IsAnyChar(index, "-\u2212") && context.Tokens[index + 1].Joined
        && (index == 0 || !context.Tokens[index].Joined || context.IsAnyChar(index - 1, "(["));

    private static bool IsLeadingDecimalPoint(TextContext context, int i) =>
        context.IsChar(i, '.') && i + 1 < context.Tokens.Length && context.Tokens[i + 1].IsDigits && context.Tokens[i + 1].Joined
        && (i == 0 || !context.Tokens[i].Joined || !(context.Tokens[i - 1].IsDigits || context.Tokens[i - 1].IsWord));

    private static int ReadLeadingDecimal(TextContext context, int i, List<(int First, int End, double Value)> runs)
    {
        var digits = context.Span(i + 1);
        var value = double.Parse($"0.{digits}", System.Globalization.CultureInfo.InvariantCulture);
        runs.Add((i, i + 2, value));
        return i + 2;
    }
}
