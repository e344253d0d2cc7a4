using System.Globalization;

namespace Pipeline.Core.Claims.Numbers;

/// <summary>
/// The values of digit tokens, read by a loop rather than the general parsers (digit tokens are ASCII digits only).
/// Up to <see cref="ExactDigits"/> digits, every step of the loop is exact in a double, and so is a power of ten
/// up to 10^22: a decimal read as digits / 10^n rounds once, to the same double as the (correctly rounded) parser's.
/// </summary>
internal static class DigitValues
{
    /// <summary>Up to 15 digits parse exactly by accumulation; longer runs go to double.Parse for correct rounding.</summary>
    public const int ExactDigits = 15;

    private static readonly double[] PowersOfTen = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

    /// <summary>The same value as double.Parse of the digits.</summary>
    public static double Of(ReadOnlySpan<char> digits) =>
        digits.Length <= ExactDigits ? Accumulate(0, digits) : double.Parse(digits, CultureInfo.InvariantCulture);

    /// <summary>The same value as int.Parse of at most nine digits (which never overflow).</summary>
    public static int Int(ReadOnlySpan<char> digits)
    {
        var value = 0;
        foreach (var c in digits)
        {
            value = (value * 10) + (c - '0');
        }

        return value;
    }

    /// <summary>"0.5", ".5": the digits after a decimal point alone, the same value as double.Parse of "0." and the digits.</summary>
    public static double Fraction(ReadOnlySpan<char> digits) =>
        digits.Length <= ExactDigits ? Accumulate(0, digits) / PowersOfTen[digits.Length]
            : double.Parse(string.Concat("0.", digits), CultureInfo.InvariantCulture);

    /// <summary><paramref name="value"/> followed by the digits, as an integer; exact while the result has at most 15 digits.</summary>
    public static double Accumulate(double value, ReadOnlySpan<char> digits)
    {
        foreach (var c in digits)
        {
            value = (value * 10) + (c - '0');
        }

        return value;
    }

    /// <summary>An integer of at most 15 digits divided by 10^<paramref name="decimals"/>: the correctly rounded decimal.</summary>
    public static double Decimal(double integer, int decimals) => integer / PowersOfTen[decimals];
}
