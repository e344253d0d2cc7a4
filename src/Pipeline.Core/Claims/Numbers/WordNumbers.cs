using Pipeline.Core.Text;

namespace Pipeline.Core.Claims.Numbers;

/// <summary>
/// Reads spelled-out numbers ("twenty-one", "one thousand", "two and a half", "three fifths", "half a dozen"), optionally
/// led by digits ("3 hundred and 21"). Collecting is greedy over number words; evaluation follows English grammar.
/// </summary>
internal static class WordNumbers
{
    private static readonly string[] Pronoun = ["the", "this", "that", "which", "each", "every", "any", "no", "another", "one"];

    /// <summary>Reads a number starting at <paramref name="index"/>; <paramref name="lead"/> is a digit value already read there.</summary>
    public static bool TryRead(TextContext context, int index, NumberItem? lead, out double value, out int endToken, out bool isFraction) =>
        TryRead(context, index, lead, new List<NumberItem>(6), out value, out endToken, out isFraction);

    /// <summary>As above, collecting into <paramref name="items"/> (cleared first), which a caller reading many numbers reuses.</summary>
    public static bool TryRead(TextContext context, int index, NumberItem? lead, List<NumberItem> items, out double value, out int endToken, out bool isFraction)
    {
        items.Clear();
        var next = index;
        if (lead is { } first)
        {
            items.Add(first);
            next = first.Token + 1;
        }

        next = NumberItems.Collect(context, next, items);
        (value, endToken, isFraction) = (0, next, false);
        while (items.Count > 0 && (items[^1].IsArticle || (items[^1].Kind == NumberWordKind.Ordinal && items.Count == 1)))
        {
            items.RemoveAt(items.Count - 1);
        }

        if (items.Count > 1 && IsOrdinalLabel(context, items, next))
        {
            items.RemoveAt(items.Count - 1);
            if (items[^1].IsArticle)
            {
                items.RemoveAt(items.Count - 1);
            }
        }

        if (items.Count == 0 || (lead is not null && items.Count == 1) || IsPronounOne(context, items) || IsLoneDenominator(items))
        {
            return false;
        }

        if (IsScaleOrdinalAfterCount(items))
        {
            items.RemoveAt(items.Count - 1);
        }

        endToken = items[^1].Token + 1;
        isFraction = items.Exists(item => item.Kind == NumberWordKind.Denominator || item.Kind == NumberWordKind.Ordinal);
        value = isFraction ? NumberEvaluation.Fraction(context, items) : NumberEvaluation.Integer(items);
        if (!isFraction && context.Is(endToken, "point") && DecimalWords.TryRead(context, endToken + 1, out var digits, out var decimalEnd))
        {
            (value, endToken) = (value + digits, decimalEnd);
        }

        return !double.IsNaN(value);
    }

    /// <summary>
    /// "a second round", "two first-time voters": a singular ordinal before a noun is a label, not a denominator; but
    /// "up a fifth since 2023" is a share (<see cref="ChangeShares"/>).
    /// </summary>
    private static bool IsOrdinalLabel(TextContext context, List<NumberItem> items, int next) =>
        items[^1].Kind == NumberWordKind.Ordinal && context.IsWord(next) && !context.Is(next, "of")
        && !NumberWords.IsNumberWord(context, next) && !ChangeShares.IsAt(context, items[^1].Token);

    /// <summary>"millionths" or "fifths" alone are not numbers; "half" and "quarter" are.</summary>
    private static bool IsLoneDenominator(List<NumberItem> items) =>
        items.Count == 1 && items[0].Kind == NumberWordKind.Denominator && items[0].Value > 4;

    /// <summary>"two millionth": a count then a scale ordinal is not a fraction; only "a millionth" and plurals are.</summary>
    private static bool IsScaleOrdinalAfterCount(List<NumberItem> items) =>
        items.Count > 1 && items[^1].Kind == NumberWordKind.Ordinal && items[^1].Value >= 100 && !items[^2].IsArticle;

    /// <summary>"the one you mentioned", "which one": a pronoun, not a count.</summary>
    private static bool IsPronounOne(TextContext context, List<NumberItem> items)
    {
        if (items.Count != 1 || !context.Is(items[0].Token, "one"))
        {
            return false;
        }

        var before = items[0].Token - 1;
        return before >= 0 && context.IsAny(before, Pronoun);
    }
}
