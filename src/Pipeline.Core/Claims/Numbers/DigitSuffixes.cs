using Pipeline.Core.Text;

namespace Pipeline.Core.Claims.Numbers;

/// <summary>What may follow digits and change their value: "/4" (fraction), "e6" (exponent), "k"/"bn"/"million" (scale).</summary>
internal static class DigitSuffixes
{
    public static (double Value, int End, NumberForm Form) Extend(TextContext context, int first, int end, double value, NumberForm form, Func<int, bool> countedNounAt)
    {
        if (TryFraction(context, first, end, value, out var fraction))
        {
            return (fraction, end + 2, NumberForm.Fraction);
        }

        if (!context.IsWord(end))
        {
            // Every other suffix is a word.
            return (value, end, form);
        }

        if (TryExponent(context, end, out var exponent, out var afterExponent))
        {
            return (value * Math.Pow(10, exponent), afterExponent, form);
        }

        if (NumberWords.TryGet(context, end, out _, out var kind) && kind is NumberWordKind.Scale or NumberWordKind.Dozen
            && WordNumbers.TryRead(context, first, new NumberItem(value, NumberWordKind.Unit, end - 1, false), out var spelled, out var spelledEnd, out _))
        {
            return (spelled, spelledEnd, form);
        }

        // "1.5m residents": before a counted noun, lower-case "m" is a million as it is after a currency sign, never metres.
        var afterCurrency = first > 0 && context.IsAnyChar(first - 1, Quantities.Currencies.Signs);
        if (context.IsWord(end) && (context.Tokens[end].Joined || context.Tokens[end].Start - context.Tokens[end - 1].End == 1)
            && NumberWords.TryScaleSuffix(context, end, out var factor, out var exactCase)
            && (!exactCase || NumberWords.MatchesCase(context.Span(end), afterCurrency || BeforeCount(context, end, countedNounAt))) && !IsNetworkGeneration(context, first, end, afterCurrency)
            && !(end + 1 < context.Tokens.Length && context.Tokens[end + 1].Joined && context.Tokens[end + 1].IsDigits))
        {
            return (Scaling.Times(value, factor), end + 1, form);
        }

        return (value, end, form);
    }

    private static bool BeforeCount(TextContext context, int end, Func<int, bool> countedNounAt) =>
        context.Tokens.Length > end + 1 && context.Tokens[end].Joined && countedNounAt(end + 1);

    /// <summary>"4G", "5G": a mobile network generation (one digit), where "10G" or "$5G" would be a scale.</summary>
    private static bool IsNetworkGeneration(TextContext context, int first, int end, bool afterCurrency) =>
        !afterCurrency && end == first + 1 && context.Tokens[first].Length == 1 && context.Tokens[end].Joined && context.Span(end) is "G";

    /// <summary>"3/4", but not a date such as "5/17/2018".</summary>
    private static bool TryFraction(TextContext context, int first, int end, double numerator, out double value)
    {
        value = 0;
        var slashBefore = first > 0 && context.IsChar(first - 1, '/') && context.Tokens[first].Joined;
        if (slashBefore || end + 1 >= context.Tokens.Length || !context.IsChar(end, '/') || !context.Tokens[end].Joined
            || !context.Tokens[end + 1].IsDigits || !context.Tokens[end + 1].Joined || (end + 2 < context.Tokens.Length && context.IsChar(end + 2, '/')))
        {
            return false;
        }

        var denominator = DigitValues.Of(context.Span(end + 1));
        value = numerator / denominator;
        return denominator != 0;
    }

    /// <summary>"1e10", "12.32e+14", "-12e-1".</summary>
    private static bool TryExponent(TextContext context, int end, out double exponent, out int after)
    {
        (exponent, after) = (0, end);
        if (!context.IsWord(end) || !context.Tokens[end].Joined || !(context.Is(end, "e")))
        {
            return false;
        }

        var next = end + 1;
        var sign = 1;
        if (context.IsAnyChar(next, "+-") && context.Tokens[next].Joined)
        {
            sign = context.IsChar(next, '-') ? -1 : 1;
            next++;
        }

        if (next >= context.Tokens.Length || !context.Tokens[next].IsDigits || !context.Tokens[next].Joined || context.Tokens[next].Length > 3)
        {
            return false;
        }

        exponent = sign * DigitValues.Of(context.Span(next));
        after = next + 1;
        return true;
    }
}
