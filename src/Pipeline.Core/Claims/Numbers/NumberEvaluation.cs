using Pipeline.Core.Text;

namespace Pipeline.Core.Claims.Numbers;

/// <summary>Turns collected number words into a value: integers by scale arithmetic, fractions as whole + numerator / denominator.</summary>
internal static class NumberEvaluation
{
    public static double Integer(IReadOnlyList<NumberItem> items) => Integer(items, 0, items.Count);

    public static double Integer(IReadOnlyList<NumberItem> items, int from, int to)
    {
        double total = 0, current = 0, unitsSinceScale = 0;
        for (var k = from; k < to; k++)
        {
            var item = items[k];
            switch (item.Kind)
            {
                case NumberWordKind.Unit:
                    current += item.Value;
                    unitsSinceScale += item.Value;
                    break;
                case NumberWordKind.Dozen:
                    current += (Math.Max(unitsSinceScale, 1) * 12) - unitsSinceScale;
                    unitsSinceScale = 0;
                    break;
                case NumberWordKind.Scale when item.Value < 1000:
                    current = Scaling.Times(Math.Max(current, 1), item.Value);
                    unitsSinceScale = 0;
                    break;
                case NumberWordKind.Scale:
                    total += Scaling.Times(Math.Max(current, 1), item.Value);
                    (current, unitsSinceScale) = (0, 0);
                    break;
                default:
                    return double.NaN;
            }
        }

        return total + current;
    }

    /// <summary>"two thirds", "one and a half", "twenty and three fifths", "five and a half million", "half a dozen".</summary>
    public static double Fraction(TextContext context, List<NumberItem> items)
    {
        var denominatorAt = items.FindLastIndex(item => item.Kind is NumberWordKind.Denominator or NumberWordKind.Ordinal);
        var denominator = items[denominatorAt].Value;
        var numeratorStart = denominatorAt;
        while (numeratorStart > 0 && !items[numeratorStart].AfterAnd)
        {
            numeratorStart--;
        }

        if (items[numeratorStart].AfterAnd == false && numeratorStart == denominatorAt && denominatorAt > 0)
        {
            numeratorStart = 0;
        }

        // "one hundred thirty-fifths" and "twenty twenty fifths": a tens word glued to the ordinal belongs to the denominator.
        var tens = denominatorAt - 1;
        if (tens > numeratorStart && items[tens].Value is >= 20 and < 100 && denominator < 10
            && (context.IsChar(items[denominatorAt].Token - 1, '-') || tens - 1 >= numeratorStart))
        {
            denominator += items[tens].Value;
            denominatorAt = tens;
        }

        var numerator = numeratorStart == denominatorAt ? 1 : Integer(items, numeratorStart, denominatorAt);
        var whole = numeratorStart == 0 ? 0 : Integer(items, 0, numeratorStart);
        var fraction = numerator / denominator;
        var trailing = items.FindLastIndex(item => item.Kind == NumberWordKind.Scale || item.Kind == NumberWordKind.Dozen);
        var lastBefore = numeratorStart == 0 ? -1 : items.FindLastIndex(numeratorStart - 1, item => item.Kind is NumberWordKind.Scale or NumberWordKind.Dozen);
        if (trailing > denominatorAt)
        {
            // "five and a half million", "half a dozen", "two thirds of a million".
            var scale = Integer(items, trailing, trailing + 1);
            return Scaling.Times(whole + fraction, scale) + Integer(items, trailing + 1, items.Count);
        }

        return lastBefore >= 0 && whole >= 1000 && fraction < 1 ? whole + (fraction * items[lastBefore].Value) : whole + fraction;
    }
}
