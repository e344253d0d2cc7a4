using Pipeline.Core.Text;

namespace Pipeline.Core.Claims.Numbers;

/// <summary>Finds every number in a text, in order, in one pass over its tokens: digits, words, fractions and scaled figures.</summary>
internal static class NumberScanner
{
    // Every reading below starts at one of these; the loop skips from one to the next, past the many plain words.
    private const LexiconMarks Starts = LexiconMarks.Digits | LexiconMarks.NumberPunctuation | LexiconMarks.Number | LexiconMarks.NumberLead;

    public static List<NumberMention> Scan(TextContext context, Func<int, bool> countedNounAt) =>
        Scan(context, countedNounAt, []);

    /// <summary>As above, into <paramref name="mentions"/> (cleared first): the extractor keeps one list per thread.</summary>
    public static List<NumberMention> Scan(TextContext context, Func<int, bool> countedNounAt, List<NumberMention> mentions)
    {
        var scratch = NumberScratch.Rent();
        Scan(context, countedNounAt, mentions, scratch);
        NumberScratch.Return(scratch);
        return mentions;
    }

    private static void Scan(TextContext context, Func<int, bool> countedNounAt, List<NumberMention> mentions, NumberScratch scratch)
    {
        // About one token in twenty is a number in news text; starting there saves most of the list's regrowth copies.
        mentions.Clear();
        mentions.EnsureCapacity(context.Tokens.Length / 20 + 4);
        var (runs, digits, words) = (scratch.Runs, scratch.Digits, scratch.Items);
        var tokens = context.Tokens;
        for (var i = context.NextMarked(0, Starts); i < tokens.Length; i = context.NextMarked(i, Starts))
        {
            // One test of the kind first: each reading below starts with one kind of token.
            var kind = tokens[i].Kind;
            if (kind == TokenKind.Digits || (kind == TokenKind.Punctuation && IsLeadingDecimalPoint(context, i)))
            {
                runs.Clear();
                var next = tokens[i].IsDigits ? digits.Read(context, i, countedNounAt, runs) : ReadLeadingDecimal(context, i, runs);
                ReserveFor(mentions, runs.Count, i, tokens.Length);
                foreach (var run in runs)
                {
                    mentions.Add(IsBare(context, run.First, run.End) ? BareMention(context, run) : DigitMention(context, run, countedNounAt));
                }

                i = Math.Max(next, mentions.Count > 0 ? mentions[^1].EndToken : next);
                continue;
            }

            if (kind == TokenKind.Punctuation && IsVulgarFraction(context.Text[tokens[i].Start], out var part))
            {
                mentions.Add(new NumberMention(tokens[i].Start, tokens[i].End, part, i, i + 1, NumberForm.Fraction));
                i++;
                continue;
            }

            if (kind == TokenKind.Letters && TryWords(context, i, words, out var mention))
            {
                mentions.Add(mention);
                i = mention.EndToken;
                continue;
            }

            i++;
        }

        FractionOfScale.Merge(context, mentions);
    }

    /// <summary>
    /// A text of figures (a table, or adversarial input) holds far more numbers than news text: once the list is
    /// full, it grows to what the text read so far suggests, rather than doubling and copying several times over.
    /// </summary>
    private static void ReserveFor(List<NumberMention> mentions, int adding, int token, int tokens)
    {
        var needed = mentions.Count + adding;
        if (needed > mentions.Capacity)
        {
            mentions.EnsureCapacity(Math.Max(needed, (int)Math.Min((long)needed * tokens / Math.Max(token, 1) * 9 / 8, tokens)));
        }
    }

    private static bool TryWords(TextContext context, int i, List<NumberItem> items, out NumberMention mention)
    {
        mention = default;
        if (!MayStartNumber(context, i))
        {
            return false;
        }

        var signed = context.Is(i, "minus") || context.Is(i, "negative");
        var first = signed ? i + 1 : i;
        if (!context.IsWord(first) || !WordNumbers.TryRead(context, first, null, items, out var value, out var end, out var fraction))
        {
            return false;
        }

        var tokens = context.Tokens;
        mention = new NumberMention(tokens[i].Start, tokens[end - 1].End, signed ? -value : value, i, end, fraction ? NumberForm.Fraction : NumberForm.Words);
        return true;
    }

    /// <summary>"½", "⅔", "¾": single-character fractions (none is ASCII, so ASCII marks skip the category lookup).</summary>
    private static bool IsVulgarFraction(char c, out double value)
    {
        value = !char.IsAscii(c) && char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.OtherNumber ? char.GetNumericValue(c) : -1;
        return value is > 0 and < 1;
    }

    private static bool MayStartNumber(TextContext context, int i)
    {
        if (context.Has(i, LexiconMarks.Number))
        {
            return true;
        }

        // The many "a"s before other words stop at one flag test, before the spelling and the lookup.
        if (!NumberWords.MayBeAt(context, i + 1))
        {
            return false;
        }

        var word = context.Span(i);
        return (word is "a" or "an" or "A" or "An" or "minus" or "negative") && NumberWords.IsNumberWord(context, i + 1);
    }

    /// <summary>
    /// Digits with neither a word nor a '/', '-' or '−' on either side take no suffix, sign or label: in a text of
    /// figures nearly every number is one, and <see cref="DigitMention"/>'s tests were a fifth of the step there.
    /// </summary>
    private static bool IsBare(TextContext context, int first, int end) => !MayModify(context, first - 1) && !MayModify(context, end);

    private static bool MayModify(TextContext context, int index) =>
        index >= 0 && index < context.Tokens.Length
        && (context.Tokens[index].IsWord || (context.Tokens[index].IsPunctuation && context.Text[context.Tokens[index].Start] is '/' or '-' or '\u2212'));

    private static NumberMention BareMention(TextContext context, (int First, int End, double Value) run) =>
        new(context.Tokens[run.First].Start, context.Tokens[run.End - 1].End, run.Value, run.First, run.End, NumberForm.Digits);

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
        index >= 0 && context.Tokens[index].IsPunctuation && context.Text[context.Tokens[index].Start] is '-' or '\u2212' && context.Tokens[index + 1].Joined
        && (index == 0 || !context.Tokens[index].Joined || context.IsAnyChar(index - 1, "(["));

    private static bool IsLeadingDecimalPoint(TextContext context, int i) =>
        context.IsChar(i, '.') && i + 1 < context.Tokens.Length && context.Tokens[i + 1].IsDigits && context.Tokens[i + 1].Joined
        && (i == 0 || !context.Tokens[i].Joined || !(context.Tokens[i - 1].IsDigits || context.Tokens[i - 1].IsWord));

    private static int ReadLeadingDecimal(TextContext context, int i, List<(int First, int End, double Value)> runs)
    {
        runs.Add((i, i + 2, DigitValues.Fraction(context.Span(i + 1))));
        return i + 2;
    }
}
