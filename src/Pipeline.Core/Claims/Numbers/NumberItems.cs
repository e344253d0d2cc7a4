using Pipeline.Core.Text;

namespace Pipeline.Core.Claims.Numbers;

/// <summary>Collects the words of one spelled-out number: number words, "-" between them, "and", "a"/"an" before a scale or fraction.</summary>
internal static class NumberItems
{
    public static int Collect(TextContext context, int next, List<NumberItem> items)
    {
        var afterAnd = false;
        while (next < context.Tokens.Length)
        {
            if (items.Count > 0 && context.IsChar(next, '-') && NumberWordAt(context, next + 1, out _, out _))
            {
                next++;
                continue;
            }

            if (items.Count > 0 && !afterAnd && context.Is(next, "and") && CanFollowAnd(context, next + 1) && !StartsAnother(context, next + 1, items))
            {
                (afterAnd, next) = (true, next + 1);
                continue;
            }

            if (IsArticle(context, next) && NumberWordAt(context, next + 1, out _, out var following) && following is not NumberWordKind.Unit)
            {
                items.Add(new NumberItem(1, NumberWordKind.Unit, next, afterAnd, IsArticle: true));
                (afterAnd, next) = (false, next + 1);
                continue;
            }

            if (items.Count > 0 && (afterAnd || items[^1].Kind == NumberWordKind.Scale) && context.Tokens[next].IsDigits && context.Tokens[next].Length <= 3)
            {
                items.Add(new NumberItem(DigitValues.Of(context.Span(next)), NumberWordKind.Unit, next, afterAnd));
                (afterAnd, next) = (false, next + 1);
                continue;
            }

            if (!NumberWordAt(context, next, out var value, out var kind) || !Fits(items, value, kind))
            {
                break;
            }

            items.Add(new NumberItem(value, kind, next, afterAnd));
            (afterAnd, next) = (false, next + 1);
            if (kind == NumberWordKind.Ordinal && !context.IsChar(next, '-'))
            {
                break;
            }
        }

        return next;
    }

    private const int MaxGroupTokens = 3;

    /// <summary>
    /// "between 60 million and 80 million": after "and", a group with the scale already used (or a larger one after
    /// thousands) is a second number, not a part of the first; "a hundred and fifty thousand" is one.
    /// </summary>
    private static bool StartsAnother(TextContext context, int from, List<NumberItem> items)
    {
        var largest = 0.0;
        foreach (var item in items)
        {
            largest = item.Kind == NumberWordKind.Scale ? Math.Max(largest, item.Value) : largest;
        }

        for (var i = from; largest > 0 && i < Math.Min(context.Tokens.Length, from + MaxGroupTokens); i++)
        {
            if (NumberWordAt(context, i, out var value, out var kind) && kind == NumberWordKind.Scale)
            {
                return value == largest || (largest >= 1_000 && value > largest);
            }
        }

        return false;
    }

    private static bool NumberWordAt(TextContext context, int index, out double value, out NumberWordKind kind)
    {
        (value, kind) = (0, NumberWordKind.Unit);
        return NumberWords.TryGet(context, index, out value, out kind);
    }

    private static bool IsArticle(TextContext context, int index) => context.Is(index, "a") || context.Is(index, "an");

    private static bool CanFollowAnd(TextContext context, int index) =>
        NumberWordAt(context, index, out _, out _) || (IsArticle(context, index) && NumberWordAt(context, index + 1, out _, out _))
        || (index < context.Tokens.Length && context.Tokens[index].IsDigits);

    /// <summary>"twenty one" and "hundred two" continue a number; "three four" or "two one" start a new one.</summary>
    private static bool Fits(List<NumberItem> items, double value, NumberWordKind kind)
    {
        if (items.Count == 0 || kind != NumberWordKind.Unit)
        {
            return true;
        }

        var previous = items[^1];
        return previous.Kind is NumberWordKind.Scale or NumberWordKind.Dozen || previous.IsArticle
            || (previous.Value is >= 20 and < 100 && previous.Value % 10 == 0 && value < 10) || items[^1].AfterAnd == false && previous.Kind != NumberWordKind.Unit;
    }
}
