using System.Globalization;
using Pipeline.Core.Text;

namespace Pipeline.Core.Claims.Numbers;

/// <summary>
/// Reads numbers written in digits. ',' '.' and single spaces may separate thousands; which one is the decimal point is
/// resolved from the groups: "1,234,567", "1.111,11", "1 234 567" are grouped; "1,3" and "4.800" are decimals, except that
/// one all-zero group ("1.000") or a counted noun after it makes the dot a thousands separator.
/// </summary>
internal sealed class DigitNumbers
{
    // The spaces that may group thousands: ' ', no-break, narrow no-break and thin space.
    private static bool IsSpaceSeparator(char c) => c is ' ' or '\u00A0' or '\u202F' or '\u2009';

    private const int StackChars = 256;

    // Reused from one digit run to the next: one reader serves a whole text, and a thread's texts (NumberScratch).
    private readonly List<int> groups = new(4);
    private readonly List<char> separators = new(4);

    /// <summary>How many groups of one run its lists have room for.</summary>
    public int Capacity => Math.Max(groups.Capacity, separators.Capacity);

    /// <summary>
    /// Reads the digits starting at token <paramref name="index"/> into <paramref name="numbers"/>: one number, or several
    /// when the run is a list such as "192.168.1.2". Returns the token after the run.
    /// </summary>
    public int Read(TextContext context, int index, Func<int, bool> countedNounAt, List<(int First, int End, double Value)> numbers)
    {
        if (IsLoneDigitRun(context, index))
        {
            numbers.Add((index, index + 1, Value(context.Span(index))));
            return index + 1;
        }

        var tokens = context.Tokens;
        groups.Clear();
        separators.Clear();
        groups.Add(index);
        var next = index + 1;
        while (next + 1 < tokens.Length && tokens[next + 1].IsDigits && SeparatorAt(context, next, out var separator))
        {
            separators.Add(separator);
            groups.Add(next + 1);
            next += 2;
        }

        next = AddSpaceGroups(context, next);
        if (separators.Count > 0 && separators[^1] == ' ' && next + 1 < tokens.Length && context.IsChar(next, '.') && SeparatorAt(context, next, out _) && tokens[next + 1].IsDigits)
        {
            // "1 234 567.89": a decimal point after space-grouped thousands.
            groups.Add(next + 1);
            separators.Add('.');
        }
        if (Interpret(context, countedNounAt, out var value, out var endToken))
        {
            numbers.Add((index, endToken, value));
            return endToken;
        }

        foreach (var group in groups)
        {
            numbers.Add((group, group + 1, Value(context.Span(group))));
        }

        return groups[^1] + 1;
    }

    /// <summary>The common case, digits with no separator or space group after them, read without allocating.</summary>
    private static bool IsLoneDigitRun(TextContext context, int index)
    {
        var tokens = context.Tokens;
        var next = index + 1;
        return next >= tokens.Length
            || (!(tokens[next].IsPunctuation && tokens[next].Joined && next + 1 < tokens.Length && tokens[next + 1].IsDigits && tokens[next + 1].Joined)
                && !(tokens[next].IsDigits && tokens[index].Length <= 3));
    }

    private static double Value(ReadOnlySpan<char> digits) => DigitValues.Of(digits);

    /// <summary>A ',' or '.' glued to digits on both sides.</summary>
    private static bool SeparatorAt(TextContext context, int index, out char separator)
    {
        var token = context.Tokens[index];
        separator = context.Text[token.Start];
        return token.IsPunctuation && separator is ',' or '.' && token.Joined && context.Tokens[index + 1].Joined;
    }

    /// <summary>
    /// "40 000", "1 414 021 100": groups of exactly three digits after a 1-3 digit head, one space apart. A group that
    /// names a model ("48 737 Max jets") is a separate number.
    /// </summary>
    private int AddSpaceGroups(TextContext context, int next)
    {
        var tokens = context.Tokens;
        if (groups.Count != 1 || tokens[groups[0]].Length > 3)
        {
            return next;
        }

        while (next < tokens.Length && tokens[next].IsDigits && tokens[next].Length == 3 && !tokens[next].Joined
               && tokens[next].Start - tokens[next - 1].End == 1 && IsSpaceSeparator(context.Text[tokens[next].Start - 1])
               && !(next + 1 < tokens.Length && tokens[next + 1].IsDigits && tokens[next + 1].Joined)
               && !Quantities.NonCountNumbers.IsModelNumber(context, next + 1))
        {
            groups.Add(next);
            separators.Add(' ');
            next++;
        }

        return next;
    }

    private bool Interpret(TextContext context, Func<int, bool> countedNounAt, out double value, out int endToken)
    {
        var tokens = context.Tokens;
        var last = groups.Count - 1;
        if (last == 0)
        {
            endToken = groups[0] + 1;
            return Parse(context, 1, null, out value);
        }

        var thousands = separators[0];
        var groupedCount = 1;
        while (groupedCount <= last && separators[groupedCount - 1] == thousands && tokens[groups[groupedCount]].Length == 3 && tokens[groups[0]].Length <= 3)
        {
            groupedCount++;
        }

        if (groupedCount == last + 1)
        {
            // A single ".ddd" group is a decimal ("4.800") unless it is all zeros or counts something ("1.000 prisoners").
            var decimalReading = last == 1 && thousands == '.' && !context.Span(groups[1]).SequenceEqual("000") && !countedNounAt(groups[1] + 1);
            endToken = groups[last] + 1;
            return decimalReading ? Parse(context, 1, groups[1], out value) : Parse(context, groupedCount, null, out value);
        }

        if (groupedCount == last && separators[last - 1] != thousands && separators[last - 1] != ' ')
        {
            // "1,674,200.5", "1.111,11": the last separator differs, so it is the decimal point.
            endToken = groups[last] + 1;
            return Parse(context, groupedCount, groups[last], out value);
        }

        if (last == 1 && separators[0] != ' ')
        {
            // "1,3", "5,00", "9.2321312": one separator and a group that is not three digits: a decimal.
            endToken = groups[1] + 1;
            return Parse(context, 1, groups[1], out value);
        }

        // "192.168.1.2", "22,24,26": a list, not one number.
        (value, endToken) = (0, groups[0] + 1);
        return false;
    }

    /// <summary>Parses the digits of the first <paramref name="integerGroups"/> groups, then "." and the fraction group if any.</summary>
    private bool Parse(TextContext context, int integerGroups, int? fractionGroup, out double value)
    {
        var length = fractionGroup is { } f ? context.Tokens[f].Length + 1 : 0;
        for (var g = 0; g < integerGroups; g++)
        {
            length += context.Tokens[groups[g]].Length;
        }

        if (length <= DigitValues.ExactDigits)
        {
            value = ParseExact(context, integerGroups, fractionGroup);
            return true;
        }

        Span<char> number = length <= StackChars ? stackalloc char[StackChars] : new char[length];
        var written = 0;
        for (var g = 0; g < integerGroups; g++)
        {
            written += Append(context.Span(groups[g]), number[written..]);
        }

        if (fractionGroup is { } fraction)
        {
            number[written++] = '.';
            written += Append(context.Span(fraction), number[written..]);
        }

        return double.TryParse(number[..written], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>What <see cref="Parse"/> reads when all the digits fit <see cref="DigitValues.ExactDigits"/>: the same value, without building the text.</summary>
    private double ParseExact(TextContext context, int integerGroups, int? fractionGroup)
    {
        double value = 0;
        for (var g = 0; g < integerGroups; g++)
        {
            value = DigitValues.Accumulate(value, context.Span(groups[g]));
        }

        if (fractionGroup is not { } fraction)
        {
            return value;
        }

        var decimals = context.Span(fraction);
        return DigitValues.Decimal(DigitValues.Accumulate(value, decimals), decimals.Length);
    }

    private static int Append(ReadOnlySpan<char> digits, Span<char> destination)
    {
        digits.CopyTo(destination);
        return digits.Length;
    }
}
