using System.Globalization;
using Pipeline.Core.Text;

namespace Pipeline.Core.Claims.Numbers;

/// <summary>
/// Reads numbers written in digits. ',' '.' and single spaces may separate thousands; which one is the decimal point is
/// resolved from the groups: "1,234,567", "1.111,11", "1 234 567" are grouped; "1,3" and "4.800" are decimals, except that
/// one all-zero group ("1.000") or a counted noun after it makes the dot a thousands separator.
/// </summary>
internal static class DigitNumbers
{
    private const string SpaceSeparators = " \u00A0\u202F\u2009";

    /// <summary>
    /// Reads the digits starting at token <paramref name="index"/> into <paramref name="numbers"/>: one number, or several
    /// when the run is a list such as "192.168.1.2". Returns the token after the run.
    /// </summary>
    public static int Read(TextContext context, int index, Func<int, bool> countedNounAt, List<(int First, int End, double Value)> numbers)
    {
        var tokens = context.Tokens;

        var groups = new List<int>(4) { index };
        var separators = new List<char>(4);
        var next = index + 1;
        while (next + 1 < tokens.Length && tokens[next + 1].IsDigits && SeparatorAt(context, next, out var separator))
        {
            separators.Add(separator);
            groups.Add(next + 1);
            next += 2;
        }

        next = AddSpaceGroups(context, groups, separators, next);
        if (separators.Count > 0 && separators[^1] == ' ' && next + 1 < tokens.Length && context.IsChar(next, '.') && SeparatorAt(context, next, out _) && tokens[next + 1].IsDigits)
        {
            // "1 234 567.89": a decimal point after space-grouped thousands.
            groups.Add(next + 1);
            separators.Add('.');
        }
        if (Interpret(context, groups, separators, countedNounAt, out var value, out var endToken))
        {
            numbers.Add((index, endToken, value));
            return endToken;
        }

        foreach (var group in groups)
        {
            numbers.Add((group, group + 1, double.Parse(context.Span(group), CultureInfo.InvariantCulture)));
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

    private static double ParseDigits(ReadOnlySpan<char> digits)
    {
        double value = 0;
        foreach (var c in digits)
        {
            value = (value * 10) + (c - '0');
        }

        return value;
    }

    /// <summary>A ',' or '.' glued to digits on both sides.</summary>
    private static bool SeparatorAt(TextContext context, int index, out char separator)
    {
        var token = context.Tokens[index];
        separator = context.Text[token.Start];
        return token.IsPunctuation && separator is ',' or '.' && token.Joined && context.Tokens[index + 1].Joined;
    }

    /// <summary>"40 000", "1 414 021 100": groups of exactly three digits after a 1-3 digit head, one space apart.</summary>
    private static int AddSpaceGroups(TextContext context, List<int> groups, List<char> separators, int next)
    {
        var tokens = context.Tokens;
        if (groups.Count != 1 || tokens[groups[0]].Length > 3)
        {
            return next;
        }

        while (next < tokens.Length && tokens[next].IsDigits && tokens[next].Length == 3 && !tokens[next].Joined
               && tokens[next].Start - tokens[next - 1].End == 1 && SpaceSeparators.Contains(context.Text[tokens[next].Start - 1], StringComparison.Ordinal)
               && !(next + 1 < tokens.Length && tokens[next + 1].IsDigits && tokens[next + 1].Joined))
        {
            groups.Add(next);
            separators.Add(' ');
            next++;
        }

        return next;
    }

    private static bool Interpret(TextContext context, List<int> groups, List<char> separators, Func<int, bool> countedNounAt, out double value, out int endToken)
    {
        var lengths = groups.Select(g => context.Tokens[g].Length).ToList();
        var digits = groups.Select(g => context.Span(g).ToString()).ToList();
        var last = groups.Count - 1;
        if (last == 0)
        {
            endToken = groups[0] + 1;
            return Parse(digits[0], out value);
        }

        var thousands = separators[0];
        var groupedCount = 1;
        while (groupedCount <= last && separators[groupedCount - 1] == thousands && lengths[groupedCount] == 3 && lengths[0] <= 3)
        {
            groupedCount++;
        }

        var integerDigits = string.Concat(digits.Take(groupedCount));
        if (groupedCount == last + 1)
        {
            // A single ".ddd" group is a decimal ("4.800") unless it is all zeros or counts something ("1.000 prisoners").
            var decimalReading = last == 1 && thousands == '.' && digits[1] != "000" && !countedNounAt(groups[1] + 1);
            endToken = groups[last] + 1;
            return Parse(decimalReading ? $"{digits[0]}.{digits[1]}" : integerDigits, out value);
        }

        if (groupedCount == last && separators[last - 1] != thousands && separators[last - 1] != ' ')
        {
            // "1,674,200.5", "1.111,11": the last separator differs, so it is the decimal point.
            endToken = groups[last] + 1;
            return Parse($"{integerDigits}.{digits[last]}", out value);
        }

        if (last == 1 && separators[0] != ' ')
        {
            // "1,3", "5,00", "9.2321312": one separator and a group that is not three digits: a decimal.
            endToken = groups[1] + 1;
            return Parse($"{digits[0]}.{digits[1]}", out value);
        }

        // "192.168.1.2", "22,24,26": a list, not one number.
        (value, endToken) = (0, groups[0] + 1);
        return false;
    }

    private static bool Parse(string digits, out double value) =>
        double.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
}
